package org.closureassurance.simulator.engine;

/**
 * Thrown when an iteration's liability or assurance leaves the range of double precision
 * (about 1.8e308): amounts near that limit, or a negative discount rate compounding over
 * flows hundreds of thousands of years long. The run stops rather than report infinities.
 */
public final class ModelOverflowException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An overflow found in iteration {@code iteration}. */
    public ModelOverflowException(int iteration) {
        super("the liability or assurance of iteration " + iteration + " overflows double precision: amounts near "
                + "1e308, or a negative discount rate compounding over very long flows; lower the amounts, shorten "
                + "the flows or raise the discount rate");
    }
}
