package org.closureassurance.scenarios.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.closureassurance.scenarios.LoadResult;
import org.closureassurance.scenarios.ScenarioReader;
import org.closureassurance.scenarios.json.JsonLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs too large to keep in the corpus, built here: files at and beyond the 10 MiB limit,
 * nesting and lists as deep and long as that size allows. Each is answered within seconds
 * with a clear problem (or a scenario), never an exception or an exhausted heap or stack.
 */
class HostileInputTest {
    private static final int LIMIT = (int) JsonLimits.DEFAULT.maxBytes();
    private static final String MINIMAL = "{\"format\": \"closure-assurance/1\", \"name\": \"M\", \"simulation\": "
            + "{\"horizonYears\": 10}, \"economics\": {\"discountRate\": 0.03}, \"closureYear\": 2, "
            + "\"forfeiture\": {\"mode\": \"at-closure\"}}";

    private static LoadResult readQuickly(byte[] bytes) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> ScenarioReader.read(bytes));
    }

    private static byte[] padded(String prefix, char fill, String suffix, int total) {
        byte[] out = new byte[total];
        Arrays.fill(out, (byte) fill);
        byte[] p = prefix.getBytes(StandardCharsets.UTF_8);
        byte[] s = suffix.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(p, 0, out, 0, p.length);
        System.arraycopy(s, 0, out, total - s.length, s.length);
        return out;
    }

    @Test
    void aValidFileJustUnderTheLimitReads() {
        LoadResult r = readQuickly(padded(MINIMAL, ' ', "\n", LIMIT));
        assertTrue(r.isValid(), r.errorReport());
    }

    @Test
    void oneByteOverTheLimitIsRefusedWithTheSize() {
        LoadResult r = readQuickly(padded(MINIMAL, ' ', "\n", LIMIT + 1));
        assertEquals("$: the file is too large (" + (LIMIT + 1) + " bytes; the limit is " + LIMIT + ")",
                r.errorReport());
    }

    @Test
    void aHugeFileOnDiskIsRefusedWithoutReadingItAll(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(3L << 30);
        }
        LoadResult r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> ScenarioReader.read(huge));
        assertEquals("$: the file is too large (more than " + LIMIT + " bytes)", r.errorReport());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[", "{\"a\":", "[{\"a\":[", "\"", "1,", "[1,"})
    void tenMebibytesOfOneRepeatedFragmentAreAnsweredQuickly(String fragment) {
        StringBuilder sb = new StringBuilder(LIMIT);
        sb.append("{\"format\": \"closure-assurance/1\", \"x\": ");
        while (sb.length() + fragment.length() < LIMIT) {
            sb.append(fragment);
        }
        LoadResult r = readQuickly(sb.toString().getBytes(StandardCharsets.UTF_8));
        assertFalse(r.isValid());
        assertFalse(r.errorReport().contains("internal error"), r.errorReport());
        assertTrue(r.errors().stream().allMatch(e -> !e.path().isEmpty()), r.errorReport());
    }

    @Test
    void aListOfTenThousandCostItemsReads() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < JsonLimits.DEFAULT.maxElements(); i++) {
            items.append(i == 0 ? "" : ",").append("{\"name\": \"I").append(i).append("\", \"amount\": ").append(i)
                    .append('}');
        }
        String json = MINIMAL.substring(0, MINIMAL.length() - 1) + ", \"costItems\": [" + items + "]}";
        LoadResult r = readQuickly(json.getBytes(StandardCharsets.UTF_8));
        assertTrue(r.isValid(), r.errorReport());
        assertEquals(10_000, r.scenarioOrThrow().costItems().size());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"outputFile", "output", "file", "path", "include", "import", "$ref", "$schema",
        "reportPath", "resultsFile", "logFile", "script", "exec", "url"})
    void noFieldNamesAFileToReadOrWrite(String field) {
        for (String where : new String[] {"top", "simulation", "costItem"}) {
            String extra = "\"" + field.replace("$", "\\u0024") + "\": \"/tmp/x\"";
            String json = switch (where) {
                case "top" -> MINIMAL.substring(0, MINIMAL.length() - 1) + ", " + extra + "}";
                case "simulation" -> MINIMAL.replace("\"horizonYears\": 10", "\"horizonYears\": 10, " + extra);
                default -> MINIMAL.substring(0, MINIMAL.length() - 1) + ", \"costItems\": [{\"name\": \"A\", "
                        + "\"amount\": 1, " + extra + "}]}";
            };
            LoadResult r = ScenarioReader.readString(json);
            assertFalse(r.isValid(), field + " accepted at " + where);
            assertTrue(r.errorReport().contains("unknown field \"" + field + "\""), r.errorReport());
        }
    }
}
