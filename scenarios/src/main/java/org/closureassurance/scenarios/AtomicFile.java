package org.closureassurance.scenarios;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that a reader, a crash or a kill never sees half of it: the bytes go to a
 * new file beside the target, are forced to disk, and the new file is renamed over the target
 * (atomically where the file system allows). Optionally the old content is kept as
 * {@code NAME.bak}, replaced the same way. Scenarios, results, reports, exports and the
 * editor's recovery file are all saved through here.
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    /** Writes {@code text} as UTF-8 to {@code target}, creating its folder if needed. */
    public static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8), false);
    }

    /**
     * Writes {@code bytes} to {@code target}, creating its folder if needed; with
     * {@code keepBackup}, the previous content (if any) becomes {@code target.bak}.
     */
    public static void write(Path target, byte[] bytes, boolean keepBackup) throws IOException {
        Path abs = target.toAbsolutePath();
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
