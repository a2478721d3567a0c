package org.closureassurance.desktop;

/**
 * The scenario the sweep tests check against closed forms: one log-normal lump (mean 1 000,
 * sd 400) at closure in year 0, forfeited then, against a cash bond of 5 000; and a perpetual
 * treatment stream of 120 a year from closure, valued a(1+r)/r (2 520 at the 5 % rate).
 */
public final class SweepScenario {
    private SweepScenario() {
    }

    /** The scenario's file text, at {@code iterations}. */
    public static String json(int iterations) {
        return """
                {"format": "closure-assurance/1", "name": "Sweep test", "currency": "USD",
                 "simulation": {"iterations": %d, "seed": 3, "horizonYears": 10},
                 "economics": {"discountRate": 0.05}, "closureYear": 0, "forfeiture": {"mode": "at-closure"},
                 "costItems": [{"name": "Works", "category": "earthworks",
                   "amount": {"dist": "lognormal", "mean": 1000, "sd": 400}, "startYear": 0, "durationYears": 1}],
                 "waterTreatment": [{"name": "Pit", "startYear": 0, "fixedAnnualCost": 120,
                   "duration": {"type": "perpetual"}}],
                 "assurance": [{"type": "bond", "kind": "cash", "name": "Bond", "amount": 5000}]}
                """.formatted(iterations);
    }
}
