package org.closureassurance.scenarios;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    private static long filesIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void createsTheFolderReplacesTheFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out/deeper/results.json");
        AtomicFile.write(file, "first");
        AtomicFile.write(file, "second é");
        assertEquals("second é", Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(1, filesIn(file.getParent()));
    }

    @Test
    void keepsThePreviousContentAsBakOnlyWhenAsked(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("scenario.json");
        AtomicFile.write(file, new byte[] {1, 2}, true);
        assertFalse(Files.exists(dir.resolve("scenario.json.bak")), "nothing to back up the first time");
        AtomicFile.write(file, new byte[] {3}, true);
        assertArrayEquals(new byte[] {1, 2}, Files.readAllBytes(dir.resolve("scenario.json.bak")));
        assertArrayEquals(new byte[] {3}, Files.readAllBytes(file));
        AtomicFile.write(file, new byte[] {4}, false);
        assertArrayEquals(new byte[] {1, 2}, Files.readAllBytes(dir.resolve("scenario.json.bak")));
        assertEquals(2, filesIn(dir));
    }

    @Test
    void theFileGetsTheUsualPermissionsNotATemporaryFilesOwnerOnlyOnes(@TempDir Path dir) throws IOException {
        Path plain = dir.resolve("plain.txt");
        Files.writeString(plain, "x");
        Path atomic = dir.resolve("atomic.txt");
        AtomicFile.write(atomic, "x");
        if (plain.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(atomic));
        } else {
            assertTrue(Files.isReadable(atomic));
        }
    }

    @Test
    void followsASymbolicLinkAndReplacesTheFileItPointsToLeavingTheLinkALink(@TempDir Path dir) throws IOException {
        Path real = dir.resolve("real/results.json");
        Files.createDirectories(real.getParent());
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real/results.json"));
        AtomicFile.write(link, "new");
        assertTrue(Files.isSymbolicLink(link), "the link must stay a link");
        assertEquals("new", Files.readString(real));
        assertEquals(1, filesIn(real.getParent()), "the temporary file is made beside the real file, then gone");
    }

    @Test
    void aLinkToAFileNotYetWrittenCreatesThatFile(@TempDir Path dir) throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), dir.resolve("later.json"));
        AtomicFile.write(link, "x");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("x", Files.readString(dir.resolve("later.json")));
    }

    @Test
    void writesThroughACharacterDeviceWithoutReplacingIt(@TempDir Path dir) throws IOException {
        // Reached through a link so that the writer of old, which renamed over whatever was at the
        // path, replaces the link in the test folder and never /dev/null itself.
        Path devNull = Path.of("/dev/null");
        Assumptions.assumeTrue(Files.exists(devNull) && isOther(devNull), "needs /dev/null");
        Path link = Files.createSymbolicLink(dir.resolve("null.json"), devNull);
        AtomicFile.write(link, "discarded");
        assertTrue(Files.isSymbolicLink(link), "the link must stay a link");
        assertTrue(isOther(devNull), "/dev/null must stay a device");
        assertEquals(1, filesIn(dir));
    }

    @Test
    void writesThroughANamedPipeWhichStaysAPipe(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.json");
        makeFifo(fifo);
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> readAll(fifo));
        AtomicFile.write(fifo, "through the pipe");
        assertEquals("through the pipe", read.get(30, TimeUnit.SECONDS));
        assertTrue(isOther(fifo), "the pipe must stay a pipe");
        assertEquals(1, filesIn(dir));
    }

    @Test
    void refusesASocketAndLeavesIt(@TempDir Path dir) throws IOException {
        Path socket = dir.resolve("results.sock");
        try (var server = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            server.bind(java.net.UnixDomainSocketAddress.of(socket));
            assertEquals("is a socket, which cannot be written as a file", AtomicFile.problem(socket).orElseThrow());
            IOException e = assertThrows(IOException.class, () -> AtomicFile.write(socket, "x"));
            assertTrue(AtomicFile.reason(e).endsWith("is a socket, which cannot be written as a file"));
            assertTrue(isOther(socket), "the socket must stay a socket");
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("no Unix domain sockets here");
        }
    }

    @Test
    void refusesToReplaceAFolder(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("results.json"));
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(folder, "x"));
        assertTrue(AtomicFile.reason(e).endsWith("is a folder, not a file"), AtomicFile.reason(e));
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void problemNamesAFolderAFileInTheWayAndAMissingFolder(@TempDir Path dir) throws IOException {
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        assertEquals("is a folder, not a file", AtomicFile.problem(dir).orElseThrow());
        assertEquals(plain.toAbsolutePath() + " is a file, not a folder",
                AtomicFile.problem(plain.resolve("sub/x.json")).orElseThrow());
        assertEquals("the folder " + dir.resolve("missing/deeper").toAbsolutePath() + " does not exist",
                AtomicFile.problem(dir.resolve("missing/deeper/x.json")).orElseThrow());
        assertTrue(AtomicFile.problem(dir.resolve("new.json")).isEmpty());
        assertTrue(AtomicFile.problem(plain).isEmpty());
        Path loop = dir.resolve("loop");
        Files.createSymbolicLink(loop, loop.getFileName());
        assertTrue(AtomicFile.problem(loop).orElseThrow().contains("too many symbolic links"));
    }

    @Test
    void problemNamesAReadOnlyFileAndFolder(@TempDir Path dir) throws IOException {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root may write anything");
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path file = Files.writeString(dir.resolve("locked.json"), "x");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        assertEquals("the file is read-only", AtomicFile.problem(file).orElseThrow());
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        assertTrue(AtomicFile.problem(folder.resolve("x.json")).orElseThrow().contains("permission denied"));
    }

    private static boolean isOther(Path p) throws IOException {
        return Files.readAttributes(p, BasicFileAttributes.class).isOther();
    }

    /** Makes a named pipe with the system's {@code mkfifo}; the test is skipped where there is none. */
    static void makeFifo(Path fifo) throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/mkfifo")) || Files.isExecutable(Path.of("/bin/mkfifo")),
                "needs mkfifo");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, p.waitFor());
    }

    private static String readAll(Path fifo) {
        try {
            return Files.readString(fifo);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
