package org.closureassurance.scenarios.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.closureassurance.simulator.random.RandomStream;

/**
 * A small, deterministic source of random test inputs for the property and fuzz tests, built
 * on the engine's {@link RandomStream} (SplitMix64). A test runs {@code tries} tries, each
 * with its own {@code Gen} seeded from {@link #seedFor}(master seed, try index): a failing try
 * is reproduced by {@code new Gen(seed)} with the seed its failure message prints.
 *
 * <p>Numeric ranges return one of their bounds now and then ({@link #EDGE_PROBABILITY} each),
 * so that the boundaries are tried as well as the interior.
 */
final class Gen {
    /** Probability that {@link #intBetween} or {@link #doubleBetween} returns its lower (and, again, upper) bound. */
    static final double EDGE_PROBABILITY = 0.02;

    private final RandomStream random = new RandomStream();
    private final long seed;

    Gen(long seed) {
        this.seed = seed;
        random.reset(seed);
    }

    /** The seed of try {@code t} of a test whose master seed is {@code master}. */
    static long seedFor(long master, int t) {
        return RandomStream.seedFor(master, t, 0);
    }

    long seed() {
        return seed;
    }

    /**
     * Checks {@code property} on {@code tries} inputs drawn by {@code generator}, try {@code t}
     * from {@code new Gen(seedFor(master, t))}. The first failure (an assertion or any
     * exception) stops the test with the try index, its seed and {@code describe(input)}.
     */
    static <T> void forAll(long master, int tries, Function<Gen, T> generator, Function<T, String> describe,
                           Consumer<T> property) {
        for (int t = 0; t < tries; t++) {
            long s = seedFor(master, t);
            T input = generator.apply(new Gen(s));
            try {
                property.accept(input);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(failure(t, tries, s) + describe.apply(input), e);
            }
        }
    }

    /** The start of a failure message: enough to draw the failing input again. */
    static String failure(int t, int tries, long seed) {
        return "try " + t + " of " + tries + " failed, seed " + seed + "L (new Gen(" + seed + "L)); input: ";
    }

    /** A uniform double in (0, 1). */
    double uniform() {
        return random.nextUniform();
    }

    /** 64 random bits: any long. */
    long anyLong() {
        return random.nextLong();
    }

    boolean bool() {
        return uniform() < 0.5;
    }

    /** An int in {@code [lo, hi]}, both included; each bound with probability {@link #EDGE_PROBABILITY}. */
    int intBetween(int lo, int hi) {
        double u = uniform();
        if (u < EDGE_PROBABILITY) {
            return lo;
        } else if (u < 2 * EDGE_PROBABILITY) {
            return hi;
        }
        return lo + (int) Math.floor(uniform() * ((long) hi - lo + 1));
    }

    /**
     * A double in {@code [lo, hi]} rounded to {@code scale} decimal places; each bound with
     * probability {@link #EDGE_PROBABILITY}.
     */
    double doubleBetween(double lo, double hi, int scale) {
        double u = uniform();
        if (u < EDGE_PROBABILITY) {
            return lo;
        } else if (u < 2 * EDGE_PROBABILITY) {
            return hi;
        }
        double x = lo + uniform() * (hi - lo);
        double p = Math.pow(10, scale);
        double r = Math.round(x * p) / p;
        return Math.min(hi, Math.max(lo, r));
    }

    /** One of {@code values}, uniformly. */
    @SafeVarargs
    final <T> T oneOf(T... values) {
        return values[index(values.length)];
    }

    /** One of {@code values}, uniformly. */
    <T> T oneOf(List<T> values) {
        return values.get(index(values.size()));
    }

    /** The value of one of {@code choices}, picked uniformly. */
    @SafeVarargs
    final <T> T oneOfGen(Supplier<T>... choices) {
        return choices[index(choices.length)].get();
    }

    /** An index in {@code [0, n)} picked with probability proportional to {@code weights[i]}. */
    int frequency(int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = index(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        throw new AssertionError("unreachable");
    }

    /** {@code min..max} elements, each from {@code element}. */
    <T> List<T> list(int min, int max, Function<Gen, T> element) {
        int n = intBetween(min, max);
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(element.apply(this));
        }
        return out;
    }

    /** Up to {@code maxLen} random bytes. */
    byte[] bytes(int maxLen) {
        byte[] b = new byte[intBetween(0, maxLen)];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) random.nextLong();
        }
        return b;
    }

    /**
     * Up to {@code maxLen} characters: half printable ASCII, half any UTF-16 unit of the Basic
     * Multilingual Plane other than a surrogate (control characters, quotes, backslashes and
     * non-Latin letters included).
     */
    String string(int maxLen) {
        int n = intBetween(0, maxLen);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c;
            if (bool()) {
                c = (char) (0x20 + index(0x7F - 0x20));
            } else {
                do {
                    c = (char) index(0x10000);
                } while (Character.isSurrogate(c));
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Up to {@code maxLen} letters a-z and A-Z. */
    String alpha(int maxLen) {
        String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        int n = intBetween(0, maxLen);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(letters.charAt(index(letters.length())));
        }
        return sb.toString();
    }

    /** A uniform index in {@code [0, n)}. */
    private int index(int n) {
        return (int) Math.floor(uniform() * n);
    }
}
