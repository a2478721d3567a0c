package org.closureassurance.simulator.model;

/** The shape of a condition index's yearly recovery (docs/model.md). */
public enum RecoveryModel {
    /** {@code I <- 1 - (1 - I) exp(-rate)}. */
    EXPONENTIAL("exponential"),
    /** {@code I <- I e^rate / (1 - I + I e^rate)}; needs {@code I0 > 0}. */
    LOGISTIC("logistic");

    private final String id;

    RecoveryModel(String id) {
        this.id = id;
    }

    /** The name used in scenario files. */
    public String id() {
        return id;
    }

    /** The model named {@code id}, or null. */
    public static RecoveryModel byId(String id) {
        for (RecoveryModel m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        return null;
    }
}
