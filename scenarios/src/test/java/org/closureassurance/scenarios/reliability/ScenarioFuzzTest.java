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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import org.closureassurance.scenarios.bundled.BundledScenarios;

/**
 * Fuzzes the reader, writer and engine with damaged scenario files: the bundled scenarios and
 * the corpus, each hit by one to three {@link Mutations} (byte flips and insertions,
 * truncation, numbers replaced by extremes, fields deleted, duplicated or replaced), and
 * random JSON. Every input must keep {@link ReadRunOracle}'s invariant.
 *
 * <p>CI runs 2,000 tries (about 20 s). A longer campaign raises jqwik's default number of
 * tries, which this property uses, e.g.
 * {@code mvn -pl scenarios test -Dtest=ScenarioFuzzTest -Djqwik.tries.default=200000}
 * (docs/reliability.md).
 */
class ScenarioFuzzTest {
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
     * campaign goes on, instead of stopping at the first failure and shrinking it.
     */
    private static final String FAILURES = System.getProperty("fuzz.failures");
    private static final AtomicLong FAILED = new AtomicLong();

    @Property(seed = "20261123")
    void anyDamagedFileGivesAValidModelOrProblemsWithPaths(@ForAll("damagedFiles") byte[] file) {
        if (FAILURES == null) {
            COUNTS.get(ReadRunOracle.check(file)).incrementAndGet();
            return;
        }
        try {
            COUNTS.get(ReadRunOracle.check(file)).incrementAndGet();
        } catch (AssertionError e) {
            FAILED.incrementAndGet();
            save(file, e);
        }
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

    @AfterContainer
    static void report() {
        System.out.println("ScenarioFuzzTest executions: " + COUNTS + (FAILURES == null ? "" : ", failed=" + FAILED));
    }

    @Provide
    Arbitrary<byte[]> damagedFiles() {
        Arbitrary<byte[]> seed = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(VALID_SEEDS)),
                Tuple.of(1, Arbitraries.of(SEEDS)));
        Arbitrary<Mutations.Kind> kind = Arbitraries.frequency(
                Tuple.of(1, Mutations.Kind.FLIP_BYTE), Tuple.of(1, Mutations.Kind.TRUNCATE),
                Tuple.of(1, Mutations.Kind.INSERT_BYTES),
                Tuple.of(3, Mutations.Kind.EXTREME_NUMBER),
                Tuple.of(6, Mutations.Kind.SCALE_NUMBER),
                Tuple.of(3, Mutations.Kind.DELETE_FIELD),
                Tuple.of(1, Mutations.Kind.DUPLICATE_FIELD),
                Tuple.of(2, Mutations.Kind.REPLACE_VALUE));
        Arbitrary<Mutations.Mutation> mutation = Combinators.combine(kind,
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 255))
                .as(Mutations.Mutation::new);
        Arbitrary<byte[]> mutated = Combinators.combine(seed, mutation.list().ofMinSize(1).ofMaxSize(2))
                .as((bytes, ms) -> {
                    byte[] out = bytes;
                    for (Mutations.Mutation m : ms) {
                        out = m.apply(out);
                    }
                    return out;
                });
        Arbitrary<byte[]> randomJson = json(4).map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> randomBytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
        return Arbitraries.frequencyOf(
                Tuple.of(16, mutated),
                Tuple.of(2, randomJson),
                Tuple.of(1, randomBytes),
                Tuple.of(1, seed));
    }

    /** Random JSON text nested at most {@code depth} deep, keys drawn partly from the format's own names. */
    static Arbitrary<String> json(int depth) {
        Arbitrary<String> leaf = Arbitraries.oneOf(Arbitraries.of(Mutations.EXTREME_NUMBERS),
                Arbitraries.of("null", "true", "false", "\"closure-assurance/1\"", "\"at-closure\"", "\"perpetual\""),
                Arbitraries.strings().ofMaxLength(8).map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"")
                        + "\""));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> key = Arbitraries.oneOf(Arbitraries.of("format", "name", "simulation", "horizonYears",
                "economics", "discountRate", "closureYear", "forfeiture", "mode", "costItems", "amount", "dist",
                "min", "max", "mode", "sd", "mean", "values", "weights", "assurance", "type", "waterTreatment"),
                Arbitraries.strings().alpha().ofMaxLength(6));
        Arbitrary<String> member = Combinators.combine(key, Arbitraries.lazy(() -> json(depth - 1)))
                .as((k, v) -> "\"" + k + "\": " + v);
        Arbitrary<String> object = member.list().ofMaxSize(6).map(ms -> "{" + String.join(", ", ms) + "}");
        Arbitrary<String> array = Arbitraries.lazy(() -> json(depth - 1)).list().ofMaxSize(4)
                .map(vs -> "[" + String.join(", ", vs) + "]");
        return Arbitraries.frequencyOf(Tuple.of(3, leaf), Tuple.of(3, object),
                Tuple.of(1, array));
    }
}
