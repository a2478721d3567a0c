package org.closureassurance.simulator.model;

import java.util.List;
import java.util.Objects;

/**
 * A regulatory rule that sizes the assurance a site must hold from an estimate {@code E} of
 * its closure cost (docs/model.md, "Regulatory requirements"). Each rule gives the amount
 * {@code R_t} it requires in year {@code t} of an iteration whose closure year is {@code C};
 * the simulation then says how far that amount covers the walk-away liability.
 */
public sealed interface Requirement {

    /** Unique name within the scenario. */
    String name();

    /** Free text, nullable. */
    String description();

    /** The estimate the rule is applied to. */
    Estimate estimate();

    /** The file's name of the rule. */
    String rule();

    /** {@code R_t} for estimate {@code e}, closure year {@code closure} and year {@code year}. */
    double required(double e, int closure, int year);

    /**
     * Full-cost security (43 CFR 3809, British Columbia; SMCRA with its minimum):
     * {@code R_t = max(minimum, percent/100 E)}.
     */
    record PercentOfEstimate(String name, String description, Estimate estimate, double percent, double minimum)
            implements Requirement {
        public PercentOfEstimate {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(estimate, "estimate");
            RequirementNumbers.nonNegative(percent, "percent");
            RequirementNumbers.nonNegative(minimum, "minimum");
        }

        @Override
        public String rule() {
            return "percent-of-estimate";
        }

        @Override
        public double required(double e, int closure, int year) {
            return Math.max(minimum, percent / 100.0 * e);
        }
    }

    /**
     * Add-ons by brackets of the estimate (Nevada SRCE): {@code R_t = E (1 + sum percent/100)},
     * each add-on's percent that of its first bracket with {@code E <= upTo}.
     */
    record TieredAddons(String name, String description, Estimate estimate, List<Addon> addons)
            implements Requirement {
        public TieredAddons {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(estimate, "estimate");
            addons = List.copyOf(addons);
        }

        @Override
        public String rule() {
            return "tiered-addons";
        }

        /** {@code 1 + sum percent/100} at estimate {@code e}. */
        public double factor(double e) {
            double s = 0;
            for (Addon a : addons) {
                s += a.percentFor(e);
            }
            return 1.0 + s / 100.0;
        }

        @Override
        public double required(double e, int closure, int year) {
            return e * factor(e);
        }
    }

    /**
     * Security phased in as closure nears (Alberta MFSP): {@code base} until {@code S} years
     * before closure, {@code percent/100 E} from {@code F} years before it, linear in between
     * ({@code S > F >= 0}).
     */
    record Phased(String name, String description, Estimate estimate, double base, double percent,
                  int startYearsBeforeClosure, int fullYearsBeforeClosure) implements Requirement {
        public Phased {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(estimate, "estimate");
            RequirementNumbers.nonNegative(base, "base");
            RequirementNumbers.nonNegative(percent, "percent");
            if (fullYearsBeforeClosure < 0 || startYearsBeforeClosure <= fullYearsBeforeClosure) {
                throw new IllegalArgumentException("startYearsBeforeClosure must exceed fullYearsBeforeClosure >= 0, were "
                        + startYearsBeforeClosure + " and " + fullYearsBeforeClosure);
            }
        }

        @Override
        public String rule() {
            return "phased";
        }

        @Override
        public double required(double e, int closure, int year) {
            long y = (long) closure - year;
            double full = percent / 100.0 * e;
            if (y >= startYearsBeforeClosure) {
                return base;
            }
            if (y <= fullYearsBeforeClosure) {
                return full;
            }
            return base + (full - base) * (startYearsBeforeClosure - y)
                    / (double) (startYearsBeforeClosure - fullYearsBeforeClosure);
        }
    }

    /**
     * A pooled scheme (Queensland FPS, Western Australia MRF): below {@code threshold} the holder
     * gives surety for the whole estimate; from it on nothing is held and the holder pays
     * {@code ratePercent/100 E} into the scheme at the end of every year before closure.
     */
    record PooledContribution(String name, String description, Estimate estimate, double ratePercent,
                              double threshold) implements Requirement {
        public PooledContribution {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(estimate, "estimate");
            RequirementNumbers.nonNegative(ratePercent, "ratePercent");
            RequirementNumbers.nonNegative(threshold, "threshold");
            if (ratePercent > 100) {
                throw new IllegalArgumentException("ratePercent must be at most 100, was " + ratePercent);
            }
        }

        @Override
        public String rule() {
            return "pooled-contribution";
        }

        /** Whether an estimate {@code e} pays into the scheme instead of giving surety. */
        public boolean contributes(double e) {
            return !(e < threshold);
        }

        /** The yearly contribution at estimate {@code e} (0 when the holder gives surety). */
        public double contribution(double e) {
            return contributes(e) ? ratePercent / 100.0 * e : 0.0;
        }

        @Override
        public double required(double e, int closure, int year) {
            return contributes(e) ? 0.0 : e;
        }
    }
}
