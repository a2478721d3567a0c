package org.closureassurance.scenarios;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
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
}
