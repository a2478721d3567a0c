package org.closureassurance.simulator.engine;

/**
 * Thrown when an iteration's figures leave the range of double precision (about 1.8e308) —
 * amounts near that limit, or a negative discount rate compounding over flows hundreds of
 * thousands of years long — or when a drawn start year passes the furthest year the simulator
 * carries exactly. The run stops rather than report infinities or a silently moved year; the
 * message names the element or input that caused it.
 */
public final class ModelOverflowException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private ModelOverflowException(String message) {
        super(message);
    }

    /** The value of {@code what} (an element's input path, or a description) overflowed in {@code iteration}. */
    static ModelOverflowException inIteration(int iteration, String what) {
        return new ModelOverflowException(what + " overflows double precision (about 1.8e308) in iteration "
                + iteration + ": amounts near that limit, or a negative discount rate compounding over very long "
                + "flows; lower the amounts, shorten the flows or raise the discount rate");
    }

    /** Input {@code path} drew start year {@code drawn}, beyond {@code limit}, in {@code iteration}. */
    static ModelOverflowException startYear(String path, double drawn, double limit, int iteration) {
        return new ModelOverflowException(path + " drew the start year " + drawn + " in iteration " + iteration
                + ", beyond " + limit + ", the furthest year the simulator counts exactly; narrow its distribution");
    }

    /** {@code cause}, raised by site {@code site} of a portfolio, with the site named first. */
    static ModelOverflowException atSite(String site, ModelOverflowException cause) {
        ModelOverflowException e = new ModelOverflowException("site " + site + ": " + cause.getMessage());
        e.initCause(cause);
        return e;
    }
}
