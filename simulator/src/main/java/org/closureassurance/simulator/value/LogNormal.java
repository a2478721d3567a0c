package org.closureassurance.simulator.value;

/**
 * Log-normal given by the mean and standard deviation of the variable itself:
 * {@code sigma^2 = ln(1 + sd^2 / mean^2)}, {@code mu = ln(mean) - sigma^2 / 2} (docs/model.md).
 */
public record LogNormal(double mean, double sd) implements Value {
    public LogNormal {
        Checks.finite(mean, "mean");
        Checks.finite(sd, "sd");
        if (mean <= 0) {
            throw new IllegalArgumentException("mean must be > 0, was " + mean);
        }
        if (sd < 0) {
            throw new IllegalArgumentException("sd must be >= 0, was " + sd);
        }
    }

    /** Standard deviation of {@code ln X}. */
    public double sigma() {
        return Math.sqrt(Math.log1p((sd / mean) * (sd / mean)));
    }

    /** Mean of {@code ln X}. */
    public double mu() {
        double s = sigma();
        return Math.log(mean) - 0.5 * s * s;
    }

    @Override public double lowerBound() { return sd == 0 ? mean : 0.0; }
    @Override public double upperBound() { return sd == 0 ? mean : Double.POSITIVE_INFINITY; }
    @Override public boolean isDegenerate() { return sd == 0; }
    @Override public String kind() { return "lognormal"; }
    @Override public double expectedValue() { return mean; }
}
