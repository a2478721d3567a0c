package org.closureassurance.desktop.gui;

import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.RootPaneContainer;

/**
 * What the GUI test needs to drive the real window from the test thread: running code on the
 * event thread, finding components by name, waiting for a condition, measuring how long the
 * event thread takes to answer, and painting the window into a PNG.
 */
final class GuiRobot {
    private GuiRobot() {
    }

    /** Runs {@code task} on the event thread and returns its result. */
    static <T> T onEdt(Callable<T> task) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> {
            try {
                result.set(task.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    /** Runs {@code task} on the event thread. */
    static void run(Runnable task) throws Exception {
        onEdt(() -> {
            task.run();
            return null;
        });
    }

    /** The component called {@code name} under {@code root}, of {@code type}. */
    static <T extends Component> T find(Container root, String name, Class<T> type) {
        T found = search(root, name, type);
        if (found == null) {
            throw new AssertionError("no " + type.getSimpleName() + " named " + name);
        }
        return found;
    }

    private static <T extends Component> T search(Container root, String name, Class<T> type) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName()) && type.isInstance(c)) {
                return type.cast(c);
            }
            if (c instanceof Container k) {
                T inner = search(k, name, type);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    /** The first component of {@code type} under {@code root}. */
    static <T extends Component> T first(Container root, Class<T> type) {
        T found = firstOrNull(root, type);
        if (found == null) {
            throw new AssertionError("no " + type.getSimpleName());
        }
        return found;
    }

    private static <T extends Component> T firstOrNull(Container root, Class<T> type) {
        for (Component c : root.getComponents()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            if (c instanceof Container k) {
                T inner = firstOrNull(k, type);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    /** Waits until {@code condition}, checked on the event thread, holds; fails after {@code seconds}. */
    static void waitUntil(String what, int seconds, Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (!onEdt(condition)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + seconds + " s waiting for: " + what);
            }
            Thread.sleep(50);
        }
    }

    /** Quits {@code app} (if it runs) without asking to save, and waits until {@code exited} is set. */
    static void quitDiscardingEdits(DesktopApp app, java.util.concurrent.atomic.AtomicBoolean exited)
            throws Exception {
        if (app != null && !exited.get()) {
            run(() -> {
                app.editor().markSaved(app.editor().form());
                app.quit();
            });
            waitUntil("the application to close", 30, exited::get);
        }
    }

    /** Paints the content of {@code frame} (a window or a dialog) into a PNG at {@code file}. */
    static void screenshot(RootPaneContainer frame, Path file) throws Exception {
        BufferedImage image = onEdt(() -> {
            BufferedImage img = new BufferedImage(frame.getRootPane().getWidth(), frame.getRootPane().getHeight(),
                    BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            frame.getRootPane().paint(g);
            g.dispose();
            return img;
        });
        Files.createDirectories(file.getParent());
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new IOException("could not write " + file, e);
        }
    }

    /**
     * Measures how long the event thread takes to run an empty task, every 50 ms, while it runs:
     * a long pause means work was done on the event thread.
     */
    static final class Responsiveness implements AutoCloseable {
        private final AtomicLong worstNanos = new AtomicLong();
        private volatile boolean running = true;
        private final Thread probe = new Thread(this::probe, "edt-responsiveness-probe");

        Responsiveness() {
            probe.setDaemon(true);
            probe.start();
        }

        private void probe() {
            while (running) {
                long t = System.nanoTime();
                try {
                    EventQueue.invokeAndWait(() -> { });
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                } catch (InvocationTargetException e) {
                    throw new IllegalStateException(e);
                }
                worstNanos.accumulateAndGet(System.nanoTime() - t - 50_000_000L, Math::max);
            }
        }

        /** The longest the event thread took to answer, in milliseconds. */
        long worstMillis() {
            return worstNanos.get() / 1_000_000;
        }

        @Override
        public void close() {
            running = false;
            try {
                probe.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
