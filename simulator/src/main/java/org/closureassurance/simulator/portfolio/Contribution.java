package org.closureassurance.simulator.portfolio;

/**
 * What a site pays into a portfolio's pooled fund at the end of every year it operates:
 * either the fund's contribution percent of {@code amount} (its estimate: a simple site's
 * {@code estimate}, a scenario site's base estimate), which the required contribution percent
 * varies; or its own {@code pooled-contribution} rule's fixed yearly {@code amount} (0 when
 * the rule has it give surety instead), which that figure leaves unchanged.
 *
 * @param kind which of the two
 * @param amount the estimate the percent applies to, or the fixed yearly amount; money, {@code >= 0}
 */
public record Contribution(Kind kind, double amount) {

    /** Which base a contribution has. */
    public enum Kind {
        /** The fund's percent of the site's estimate. */
        PERCENT_OF_ESTIMATE,
        /** The site's own rule's fixed yearly amount. */
        OWN_RULE
    }

    public Contribution {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        if (!(amount >= 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("contribution amount must be finite and >= 0, was " + amount);
        }
    }

    /** The fund's percent of {@code estimate}. */
    public static Contribution percentOf(double estimate) {
        return new Contribution(Kind.PERCENT_OF_ESTIMATE, estimate);
    }

    /** A fixed {@code yearly} amount of the site's own rule. */
    public static Contribution ownRule(double yearly) {
        return new Contribution(Kind.OWN_RULE, yearly);
    }
}
