package org.closureassurance.scenarios.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the reader, writer and engine with damaged scenario files: the bundled scenarios and
 * the corpus, each hit by one to three {@link Mutations} (byte flips and insertions,
 * truncation, numbers replaced by extremes, fields deleted, duplicated or replaced), and
 * random JSON. Every input must keep {@link ReadRunOracle}'s invariant.
 *
 * <p>CI runs 2,000 tries (about 20 s), try {@code t} drawn from {@code new Gen(Gen.seedFor(SEED, t))}
 * so that a failure, which prints the try and its seed, is reproducible. A longer campaign
 * sets the number of tries with the system property {@code fuzz.tries}, e.g.
 * {@code mvn -pl scenarios test -Dtest=ScenarioFuzzTest -Dfuzz.tries=200000}
 * (docs/reliability.md).
 */
class ScenarioFuzzTest {
    /** Master seed of the tries. */
    private static final long SEED = 20261123L;
    /** Number of tries: 2,000 in CI, more in a campaign ({@code -Dfuzz.tries=N}). */
    private static final int TRIES = Integer.getInteger("fuzz.tries", 2000);
    /** Bytes of a failing input shown in the failure message (the seed redraws all of it). */
    private static final int SHOWN = 2000;

    private static final List<byte[]> SEEDS = seeds(false);
    /** The seeds that read into a scenario: most tries start from one, so that damage lands on valid models. */
    private static final List<byte[]> VALID_SEEDS = seeds(true);
    private static final Map<ReadRunOracle.Outcome, AtomicLong> COUNTS = new EnumMap<>(ReadRunOracle.Outcome.class);

    static {
        for (ReadRunOracle.Outcome o : ReadRunOracle.Outcome.values()) {
            COUNTS.put(o, new AtomicLong());
        }
    }

    private static List<byte[]> seeds(boolean validOnly) {
        List<byte[]> out = new ArrayList<>();
        for (String name : BundledScenarios.names()) {
            for (int copies = 0; copies < 10; copies++) {
                out.add(BundledScenarios.bytes(name));
            }
        }
        for (String name : Corpus.names()) {
            byte[] b = Corpus.bytes(name);
            boolean valid = Corpus.VALID.equals(Corpus.expected(name));
            if (b.length <= 64 * 1024 && (valid || !validOnly)) {
                out.add(b);
            }
        }
        return out;
    }

    /**
     * In a campaign ({@code -Dfuzz.failures=DIR}) a failing input is saved to DIR and the
     * campaign goes on, instead of stopping at the first failure.
     */
    private static final String FAILURES = System.getProperty("fuzz.failures");
    private static final AtomicLong FAILED = new AtomicLong();

    @Test
    void anyDamagedFileGivesAValidModelOrProblemsWithPaths() {
        for (int t = 0; t < TRIES; t++) {
            long seed = Gen.seedFor(SEED, t);
            byte[] file = damagedFile(new Gen(seed));
            if (FAILURES == null) {
                try {
                    COUNTS.get(ReadRunOracle.check(file)).incrementAndGet();
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError(Gen.failure(t, TRIES, seed) + describe(file), e);
                }
                continue;
            }
            try {
                COUNTS.get(ReadRunOracle.check(file)).incrementAndGet();
            } catch (AssertionError e) {
                FAILED.incrementAndGet();
                save(file, e);
            }
        }
    }

    /** The input's length and its first {@link #SHOWN} bytes as UTF-8 text. */
    static String describe(byte[] file) {
        String text = new String(file, 0, Math.min(file.length, SHOWN), StandardCharsets.UTF_8);
        return file.length + " bytes" + (file.length > SHOWN ? ", the first " + SHOWN : "") + ":\n" + text;
    }

    private static void save(byte[] file, AssertionError e) {
        try {
            Path dir = Files.createDirectories(Path.of(FAILURES));
            String id = Integer.toHexString(Arrays.hashCode(file));
            Files.write(dir.resolve(id + ".json"), file);
            Files.writeString(dir.resolve(id + ".txt"), String.valueOf(e.getMessage()));
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
    }

    @AfterAll
    static void report() {
        System.out.println("ScenarioFuzzTest executions: " + COUNTS + (FAILURES == null ? "" : ", failed=" + FAILED));
    }

    /** Mutation kinds and their weights: mostly edits that keep a file readable. */
    private static final Mutations.Kind[] KINDS = {Mutations.Kind.FLIP_BYTE, Mutations.Kind.TRUNCATE,
        Mutations.Kind.INSERT_BYTES, Mutations.Kind.EXTREME_NUMBER, Mutations.Kind.SCALE_NUMBER,
        Mutations.Kind.DELETE_FIELD, Mutations.Kind.DUPLICATE_FIELD, Mutations.Kind.REPLACE_VALUE};
    private static final int[] KIND_WEIGHTS = {1, 1, 1, 3, 6, 3, 1, 2};

    /** One fuzz input: a mutated seed (16 in 20), random JSON (2), random bytes (1) or an intact seed (1). */
    static byte[] damagedFile(Gen g) {
        return switch (g.frequency(16, 2, 1, 1)) {
            case 0 -> {
                byte[] out = seed(g);
                for (Mutations.Mutation m : g.list(1, 2, ScenarioFuzzTest::mutation)) {
                    out = m.apply(out);
                }
                yield out;
            }
            case 1 -> json(g, 4).getBytes(StandardCharsets.UTF_8);
            case 2 -> g.bytes(200);
            default -> seed(g);
        };
    }

    /** A seed file: one that reads into a scenario 4 times in 5, any seed otherwise. */
    private static byte[] seed(Gen g) {
        return g.frequency(4, 1) == 0 ? g.oneOf(VALID_SEEDS) : g.oneOf(SEEDS);
    }

    private static Mutations.Mutation mutation(Gen g) {
        Mutations.Kind kind = KINDS[g.frequency(KIND_WEIGHTS)];
        double where = g.doubleBetween(0, 1, 2);
        int choice = g.intBetween(0, 255);
        return new Mutations.Mutation(kind, where, choice);
    }

    private static final String[] LEAVES = {"null", "true", "false", "\"closure-assurance/1\"", "\"at-closure\"",
        "\"perpetual\""};
    private static final String[] KEYS = {"format", "name", "simulation", "horizonYears", "economics",
        "discountRate", "closureYear", "forfeiture", "mode", "costItems", "amount", "dist", "min", "max", "mode",
        "sd", "mean", "values", "weights", "assurance", "type", "waterTreatment"};

    /** Random JSON text nested at most {@code depth} deep, keys drawn partly from the format's own names. */
    static String json(Gen g, int depth) {
        int shape = depth == 0 ? 0 : g.frequency(3, 3, 1);
        if (shape == 0) {
            return g.oneOfGen(() -> g.oneOf(Mutations.EXTREME_NUMBERS), () -> g.oneOf(LEAVES),
                    () -> "\"" + g.string(8).replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        } else if (shape == 1) {
            List<String> members = g.list(0, 6, h -> "\"" + h.oneOfGen(() -> h.oneOf(KEYS), () -> h.alpha(6))
                    + "\": " + json(h, depth - 1));
            return "{" + String.join(", ", members) + "}";
        }
        return "[" + String.join(", ", g.list(0, 4, h -> json(h, depth - 1))) + "]";
    }
}
