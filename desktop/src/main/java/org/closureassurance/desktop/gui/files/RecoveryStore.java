package org.closureassurance.desktop.gui.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.closureassurance.desktop.gui.form.ScenarioForm;
import org.closureassurance.scenarios.AtomicFile;

/**
 * The recovery folder ({@code ~/.closure-assurance/recovery}): each running session writes its
 * unsaved edits to a file of its own and holds a lock on a companion lock file while it runs.
 * A recovery file whose lock nobody holds belongs to a session that ended without cleaning up
 * (a crash, a power cut), and is offered back at the next start. A session that ends normally
 * removes both files.
 *
 * <p>All methods do file I/O: presenters call them on their background executor.
 */
public final class RecoveryStore {
    private static final String EDITS = ".json";
    private static final String LOCK = ".lock";

    private final Path directory;
    private final String session = UUID.randomUUID().toString();
    private FileChannel lockChannel;
    private FileLock lock;

    /** A store in {@code directory} (created when the session opens). */
    public RecoveryStore(Path directory) {
        this.directory = directory;
    }

    /** Starts this session: creates the folder and takes the session's lock. */
    public synchronized void open() throws IOException {
        Files.createDirectories(directory);
        lockChannel = FileChannel.open(directory.resolve(session + LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        lock = lockChannel.tryLock();
    }

    /** Writes this session's unsaved edits, replacing the previous ones atomically. */
    public synchronized void write(String text) throws IOException {
        AtomicFile.write(directory.resolve(session + EDITS), text);
    }

    /** Writes the edits {@code form} of {@code document} (nullable), called {@code label}. */
    public void write(ScenarioForm form, Path document, String label) throws IOException {
        write(FormJson.write(form, document, label));
    }

    /** Removes this session's edits (they were saved or discarded). */
    public synchronized void clear() throws IOException {
        Files.deleteIfExists(directory.resolve(session + EDITS));
    }

    /** Ends this session normally: removes its edits and its lock. */
    public synchronized void close() throws IOException {
        clear();
        if (lock != null) {
            lock.release();
            lock = null;
        }
        if (lockChannel != null) {
            lockChannel.close();
            lockChannel = null;
        }
        Files.deleteIfExists(directory.resolve(session + LOCK));
    }

    /** Edits left by sessions that did not end normally, newest first; unreadable files are skipped. */
    public synchronized List<Recovery> leftovers() throws IOException {
        List<Recovery> out = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + EDITS)) {
            for (Path f : files) {
                String id = f.getFileName().toString();
                id = id.substring(0, id.length() - EDITS.length());
                if (id.equals(session) || isLive(directory.resolve(id + LOCK))) {
                    continue;
                }
                try {
                    FormJson.Content c = FormJson.read(Files.readString(f, StandardCharsets.UTF_8));
                    out.add(new Recovery(f, Files.getLastModifiedTime(f).toInstant(), c.document(), c.label(),
                            c.form()));
                } catch (IOException | IllegalArgumentException e) {
                    // a half-written or foreign file: nothing to offer
                }
            }
        }
        out.sort(Comparator.comparing(Recovery::savedAt).reversed());
        return out;
    }

    /** Deletes a leftover once it has been restored or declined. */
    public synchronized void discard(Recovery r) throws IOException {
        Files.deleteIfExists(r.file());
        String name = r.file().getFileName().toString();
        Path lockFile = r.file().resolveSibling(name.substring(0, name.length() - EDITS.length()) + LOCK);
        if (!isLive(lockFile)) {
            Files.deleteIfExists(lockFile);
        }
    }

    /** Whether another running session holds {@code lockFile}. */
    private static boolean isLive(Path lockFile) {
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) {
                return true;
            }
            l.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
