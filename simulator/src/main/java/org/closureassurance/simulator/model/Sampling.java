package org.closureassurance.simulator.model;

/** How uniforms are drawn for the per-iteration inputs. */
public enum Sampling {
    /** Independent draws in every iteration. */
    MONTE_CARLO("monte-carlo"),
    /** Every sampled input stratified into as many equal-probability strata as iterations. */
    LATIN_HYPERCUBE("latin-hypercube");

    private final String id;

    Sampling(String id) {
        this.id = id;
    }

    /** The name used in scenario and results files. */
    public String id() {
        return id;
    }

    /** The method named {@code id} in a file, or {@code null} when there is none. */
    public static Sampling byId(String id) {
        for (Sampling s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        return null;
    }
}
