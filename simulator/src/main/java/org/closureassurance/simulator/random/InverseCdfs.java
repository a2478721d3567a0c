package org.closureassurance.simulator.random;

import org.closureassurance.simulator.value.Value;

/** Compiles scenario Values into fast inverse-CDF samplers. */
public final class InverseCdfs {
    private InverseCdfs() {
    }

    /**
     * The sampler of {@code value}: closed forms for constant, uniform, triangular, normal
     * (truncated by inverse CDF), log-normal ({@code exp(mu + sigma z)}) and discrete (values
     * sorted ascending); a table in normal-score space for PERT, accurate to 1e-8 of the range.
     */
    public static InverseCdf of(Value value) {
        throw new UnsupportedOperationException("stub");
    }
}
