package org.closureassurance.desktop.gui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.JComponent;
import javax.swing.RepaintManager;
import javax.swing.SwingUtilities;

/**
 * A repaint manager that records every Swing component invalidated or repainted from a thread
 * other than the event thread, the classic check for Swing calls off the event thread. A plain
 * {@code repaint()} call is allowed from any thread; anything else that reaches the repaint
 * manager off the event thread is a violation.
 */
final class EdtViolationRecorder extends RepaintManager {
    private final List<String> violations = new CopyOnWriteArrayList<>();

    List<String> violations() {
        return violations;
    }

    @Override
    public synchronized void addInvalidComponent(JComponent c) {
        check(c);
        super.addInvalidComponent(c);
    }

    @Override
    public void addDirtyRegion(JComponent c, int x, int y, int w, int h) {
        check(c);
        super.addDirtyRegion(c, x, y, w, h);
    }

    private void check(JComponent c) {
        if (SwingUtilities.isEventDispatchThread() || !c.isShowing()) {
            return;
        }
        boolean repaint = false;
        boolean fromSwing = false;
        boolean imageUpdate = false;
        for (StackTraceElement e : Thread.currentThread().getStackTrace()) {
            if (repaint && e.getClassName().startsWith("javax.swing.")
                    && !e.getClassName().startsWith("javax.swing.SwingWorker")) {
                fromSwing = true;
            }
            if (repaint && "imageUpdate".equals(e.getMethodName())) {
                imageUpdate = true;
            }
            if ("repaint".equals(e.getMethodName())) {
                repaint = true;
                fromSwing = false;
            }
        }
        if (imageUpdate || (repaint && !fromSwing)) {
            return;
        }
        StringBuilder trace = new StringBuilder(c.getClass().getName() + " touched on " + Thread.currentThread().getName());
        for (StackTraceElement e : Thread.currentThread().getStackTrace()) {
            trace.append("\n  at ").append(e);
        }
        violations.add(trace.toString());
    }
}
