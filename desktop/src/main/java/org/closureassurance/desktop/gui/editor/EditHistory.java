package org.closureassurance.desktop.gui.editor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * Undo and redo over immutable states. Consecutive edits of the same field (typing a number
 * character by character) are one step: an edit whose key equals the previous edit's key
 * does not push another state, until something else happens in between.
 *
 * @param <T> the immutable state
 */
final class EditHistory<T> {
    private final int limit;
    private final Deque<T> past = new ArrayDeque<>();
    private final Deque<T> future = new ArrayDeque<>();
    private String lastKey;

    EditHistory(int limit) {
        this.limit = limit;
    }

    /** Notes that the state {@code before} is about to change by an edit identified by {@code key} (nullable). */
    void record(T before, String key) {
        Objects.requireNonNull(before, "before");
        if (key == null || !key.equals(lastKey) || past.isEmpty()) {
            past.push(before);
            if (past.size() > limit) {
                past.removeLast();
            }
        }
        future.clear();
        lastKey = key;
    }

    /** Ends the current run of same-field edits, so the next edit is a step of its own. */
    void seal() {
        lastKey = null;
    }

    boolean canUndo() {
        return !past.isEmpty();
    }

    boolean canRedo() {
        return !future.isEmpty();
    }

    /** The state before the last step; {@code current} becomes redoable. */
    T undo(T current) {
        future.push(current);
        lastKey = null;
        return past.pop();
    }

    /** The state the last undo left; {@code current} becomes undoable again. */
    T redo(T current) {
        past.push(current);
        lastKey = null;
        return future.pop();
    }

    /** Forgets every step (a new document). */
    void clear() {
        past.clear();
        future.clear();
        lastKey = null;
    }
}
