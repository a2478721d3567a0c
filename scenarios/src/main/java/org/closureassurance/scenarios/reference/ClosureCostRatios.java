package org.closureassurance.scenarios.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.closureassurance.simulator.value.Discrete;
import org.closureassurance.simulator.value.LogNormalRange;

/**
 * The bundled reference class of historical closure-cost overruns (docs/sources.md says where
 * each figure comes from, and why the class runs high), and the overrun multiplier it
 * suggests. Only cases whose early figure was a cost estimate count: a bond or an insurance
 * limit below the cost measures under-assurance, not an estimate's error.
 *
 * <p>The multiplier is a log-normal fitted to the estimate cases' ratios by the mean and the
 * standard deviation ({@code n - 1}) of their logarithms, {@code m} and {@code s}, stated as
 * P10 {@code exp(m - z90 s)} and P90 {@code exp(m + z90 s)}: a smooth fit of a handful of
 * cases, which gives weight between and beyond them, where the empirical distribution of five
 * ratios would put all of it on five values. {@link #empiricalMultiplier()} gives that one too.
 */
public final class ClosureCostRatios {
    private static final String RESOURCE = "closure-cost-ratios.csv";
    private static final int COLUMNS = 6;

    private ClosureCostRatios() {
    }

    /** Every case in the bundled file, in its order. */
    public static List<ClosureCostCase> cases() {
        try (InputStream in = ClosureCostRatios.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the reference class " + RESOURCE + " is missing from the build");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the reference class " + RESOURCE, e);
        }
    }

    /** The cases whose early figure was an estimate: the ones the multiplier is fitted to. */
    public static List<ClosureCostCase> estimates() {
        return cases().stream().filter(ClosureCostCase::isEstimate).toList();
    }

    /** The overrun multiplier the estimate cases suggest, as a log-normal by P10 and P90 (see above). */
    public static LogNormalRange multiplier() {
        List<ClosureCostCase> cases = estimates();
        double mean = 0;
        for (ClosureCostCase c : cases) {
            mean += Math.log(c.ratio());
        }
        mean /= cases.size();
        double squares = 0;
        for (ClosureCostCase c : cases) {
            double d = Math.log(c.ratio()) - mean;
            squares += d * d;
        }
        double spread = LogNormalRange.Z90 * Math.sqrt(squares / (cases.size() - 1));
        return new LogNormalRange(Math.exp(mean - spread), Math.exp(mean + spread));
    }

    /** The estimate cases' ratios, equally likely. */
    public static Discrete empiricalMultiplier() {
        return new Discrete(estimates().stream().mapToDouble(ClosureCostCase::ratio).toArray(), null);
    }

    /** The cases in the lines of a file: {@code #} comments, a header, then one case a line. */
    static List<ClosureCostCase> parse(List<String> lines) {
        List<ClosureCostCase> out = new ArrayList<>();
        boolean header = true;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != COLUMNS) {
                throw new IllegalStateException(RESOURCE + ": " + COLUMNS + " columns expected in \"" + line + "\"");
            }
            out.add(new ClosureCostCase(f[0], f[1], f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4]), f[5]));
        }
        return out;
    }
}
