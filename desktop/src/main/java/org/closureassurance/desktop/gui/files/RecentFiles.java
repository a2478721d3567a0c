package org.closureassurance.desktop.gui.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The scenario files opened or saved most recently, newest first, kept in the user's
 * preferences so that they survive restarts.
 */
public final class RecentFiles {
    private static final String KEY = "recent.";

    private final Preferences node;
    private final int limit;

    /** The list kept under {@code node}, at most {@code limit} files long. */
    public RecentFiles(Preferences node, int limit) {
        this.node = node;
        this.limit = limit;
    }

    /** The files, newest first. */
    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < limit; i++) {
            String p = node.get(KEY + i, null);
            if (p == null) {
                break;
            }
            out.add(Path.of(p));
        }
        return out;
    }

    /** Puts {@code file} first, dropping an older mention of it and the oldest beyond the limit. */
    public void add(Path file) {
        List<Path> files = list();
        Path abs = file.toAbsolutePath().normalize();
        files.remove(abs);
        files.add(0, abs);
        store(files);
    }

    /** Forgets {@code file} (it has gone). */
    public void remove(Path file) {
        List<Path> files = list();
        if (files.remove(file.toAbsolutePath().normalize())) {
            store(files);
        }
    }

    private void store(List<Path> files) {
        for (int i = 0; i < limit; i++) {
            if (i < files.size()) {
                node.put(KEY + i, files.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // the list is a convenience: keeping it in memory until the next flush is enough
        }
    }
}
