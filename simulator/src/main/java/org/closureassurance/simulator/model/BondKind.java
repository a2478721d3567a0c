package org.closureassurance.simulator.model;

/** What backs a bond; descriptive only, all kinds are valued alike (docs/model.md). */
public enum BondKind {
    SURETY("surety"),
    LETTER_OF_CREDIT("letter-of-credit"),
    CASH("cash"),
    INSURANCE("insurance");

    private final String id;

    BondKind(String id) {
        this.id = id;
    }

    /** The name used in scenario files. */
    public String id() {
        return id;
    }

    /** The kind named {@code id}, or null. */
    public static BondKind byId(String id) {
        for (BondKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        return null;
    }
}
