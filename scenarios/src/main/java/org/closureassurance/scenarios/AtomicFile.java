package org.closureassurance.scenarios;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that a reader, a crash or a kill never sees half of it: the bytes go to a
 * new file beside the target, are forced to disk, and the new file is renamed over the target
 * (atomically where the file system allows). Optionally the old content is kept as
 * {@code NAME.bak}, replaced the same way. Scenarios, results, reports, exports and the
 * editor's recovery file are all saved through here.
 *
 * <p>Only regular files are ever replaced. A symbolic link is followed and the file it points
 * to is replaced beside itself, so the link stays a link. A device or a named pipe (FIFO) is
 * written through, as a shell redirection would, and stays what it was. A folder is refused.
 */
public final class AtomicFile {
    /** Symbolic links followed before giving up, as the Linux kernel does ({@code MAXSYMLINKS}). */
    private static final int MAX_LINKS = 40;
    /** The file-type bits of a Unix mode, and their value for a socket ({@code S_IFMT}, {@code S_IFSOCK}). */
    private static final int TYPE_BITS = 0170000;
    private static final int SOCKET_TYPE = 0140000;
    private static final String SOCKET = "is a socket, which cannot be written as a file";

    private AtomicFile() {
    }

    /**
     * Why {@code target} cannot be written without creating folders, in words for the user, or
     * empty when it can. Callers check every output with this before long work, so a mistyped
     * path costs nothing: a folder where a file is expected, a file where a folder is expected,
     * a folder that does not exist, a read-only file or folder.
     */
    public static Optional<String> problem(Path target) {
        Path real;
        try {
            real = followLinks(target.toAbsolutePath());
        } catch (IOException e) {
            return Optional.of(reason(e));
        }
        if (Files.isDirectory(real)) {
            return Optional.of("is a folder, not a file");
        }
        if (isSocket(real)) {
            return Optional.of(SOCKET);
        }
        if (Files.exists(real)) {
            if (!Files.isWritable(real)) {
                return Optional.of(Files.isRegularFile(real) ? "the file is read-only"
                        : "cannot write to it (permission denied)");
            }
            return Files.isRegularFile(real) ? folderProblem(real.getParent()) : Optional.empty();
        }
        return folderProblem(real.getParent());
    }

    private static Optional<String> folderProblem(Path dir) {
        if (Files.isDirectory(dir)) {
            return Files.isWritable(dir) ? Optional.empty()
                    : Optional.of("cannot create files in " + dir + " (permission denied)");
        }
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            return Optional.of(existing + " is a file, not a folder");
        }
        return Optional.of("the folder " + dir + " does not exist");
    }

    /**
     * The reason an I/O failure gives, without the exception's class name: "permission denied",
     * "no space left on device", or the message itself.
     */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException n) {
            return n.getFile() + ": no such file or folder";
        }
        if (e instanceof AccessDeniedException a) {
            return a.getFile() + ": permission denied";
        }
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + ": already exists";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return (f.getFile() == null ? "" : f.getFile() + ": ") + f.getReason().toLowerCase(Locale.ROOT);
        }
        return String.valueOf(e.getMessage());
    }

    /** Writes {@code text} as UTF-8 to {@code target}, creating its folder if needed. */
    public static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8), false);
    }

    /**
     * Writes {@code bytes} to {@code target}, creating its folder if needed; with
     * {@code keepBackup}, the previous content (if any) becomes {@code target.bak}. A link is
     * followed, a device or FIFO written through (no backup), a folder refused.
     */
    public static void write(Path target, byte[] bytes, boolean keepBackup) throws IOException {
        Path abs = followLinks(target.toAbsolutePath());
        if (Files.isDirectory(abs)) {
            throw new FileSystemException(target.toString(), null, "is a folder, not a file");
        }
        if (isSocket(abs)) {
            throw new FileSystemException(target.toString(), null, SOCKET);
        }
        if (Files.exists(abs) && !Files.isRegularFile(abs)) {
            writeThrough(abs, bytes);
            return;
        }
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        String name = abs.getFileName().toString();
        Path tmp = createTemporary(dir, name);
        Path bakTmp = null;
        try {
            writeAndForce(tmp, bytes);
            if (keepBackup && Files.exists(abs)) {
                // The backup is replaced the same way as the file: copied whole beside it, then
                // moved over the old backup, so a crash never leaves half a backup either.
                bakTmp = createTemporary(dir, name + ".bak");
                writeAndForce(bakTmp, Files.readAllBytes(abs));
                replace(bakTmp, dir.resolve(name + ".bak"));
            }
            replace(tmp, abs);
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(tmp);
            if (bakTmp != null) {
                Files.deleteIfExists(bakTmp);
            }
        }
    }

    /**
     * The file a chain of symbolic links ends at, which need not exist yet (a link to a file
     * about to be created). Each link is resolved against the folder that holds it.
     */
    private static Path followLinks(Path abs) throws IOException {
        Path p = abs;
        for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(p); i++) {
            p = p.resolveSibling(Files.readSymbolicLink(p));
        }
        if (Files.isSymbolicLink(p)) {
            throw new FileSystemException(abs.toString(), null, "too many symbolic links (a loop?)");
        }
        return p;
    }

    /** Whether {@code p} is a Unix socket, the one kind of node that can be neither replaced nor written through. */
    private static boolean isSocket(Path p) {
        try {
            return (((Integer) Files.getAttribute(p, "unix:mode")) & TYPE_BITS) == SOCKET_TYPE;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Writes into a device or named pipe in place: it cannot be replaced, and forcing it to
     * disk means nothing (a pipe refuses it).
     */
    private static void writeThrough(Path node, byte[] bytes) throws IOException {
        try (var out = Files.newOutputStream(node, StandardOpenOption.WRITE)) {
            out.write(bytes);
        }
    }

    private static void writeAndForce(Path file, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    private static void replace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A new empty file beside the target. Created with the default permissions (unlike
     * {@code Files.createTempFile}, which makes it owner-only), so the saved file keeps the
     * permissions a plain save would give it.
     */
    private static Path createTemporary(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 10) {
                    throw e;
                }
            }
        }
    }

    /** Makes the rename durable where the platform allows syncing a directory (not on Windows). */
    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The new file is in place either way; only its durability across a power cut is weaker.
        }
    }
}
