package org.closureassurance.simulator.results;

/**
 * The smallest extra cash {@code x >= 0} with {@code P(A + x >= L) >= q} at q = 50, 80, 90, 95
 * and 99 %; NaN when no iteration forfeits.
 */
public record RequiredAssurance(double p50, double p80, double p90, double p95, double p99) {
    /** The confidence levels reported, in order. */
    public static final double[] LEVELS = {0.50, 0.80, 0.90, 0.95, 0.99};

    /** Nothing required can be said: no forfeiture. */
    public static final RequiredAssurance UNDEFINED =
            new RequiredAssurance(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /** The figure at level {@code LEVELS[i]}. */
    public double at(int i) {
        return switch (i) {
            case 0 -> p50;
            case 1 -> p80;
            case 2 -> p90;
            case 3 -> p95;
            case 4 -> p99;
            default -> throw new IndexOutOfBoundsException(i);
        };
    }
}
