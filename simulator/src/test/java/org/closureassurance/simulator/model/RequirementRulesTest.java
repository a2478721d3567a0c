package org.closureassurance.simulator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule's required amount {@code R_t}, worked out by hand at the edges of its brackets and phases. */
class RequirementRulesTest {
    /** The add-on tiers of the format's example: engineering 8 / 6 / 4 %, contingency 10 / 8 / 6 / 4 %. */
    private static final Requirement.TieredAddons SRCE = new Requirement.TieredAddons("SRCE", null,
            new Estimate.Base(), List.of(
            new Addon("Engineering", List.of(new Bracket(1e6, 8), new Bracket(2.5e7, 6), new Bracket(null, 4))),
            new Addon("Contingency", List.of(new Bracket(5e5, 10), new Bracket(5e6, 8), new Bracket(5e7, 6),
                    new Bracket(null, 4)))));

    @ParameterizedTest(name = "E = {0}: {1} % + {2} %")
    @CsvSource({
            // E exactly at an upTo takes that bracket (E <= upTo); just above it, the next.
            "500000, 8, 10",      // 0.5 M: engineering <= 1 M (8), contingency <= 0.5 M (10)
            "500000.0000000001, 8, 8",
            "1000000, 8, 8",      // 1 M: engineering <= 1 M (8), contingency <= 5 M (8)
            "1000000.0000000001, 6, 8",
            "5000000, 6, 8",      // 5 M: engineering <= 25 M (6), contingency <= 5 M (8)
            "5000000.000000001, 6, 6",
            "25000000, 6, 6",     // 25 M: engineering <= 25 M (6), contingency <= 50 M (6)
            "25000000.000000004, 4, 6",
            "50000000, 4, 6",     // 50 M: engineering open (4), contingency <= 50 M (6)
            "50000000.00000001, 4, 4"})
    void srceAddOnsTakeTheFirstBracketTheEstimateFits(double e, double engineering, double contingency) {
        // R = E (1 + (engineering + contingency) / 100): at 0.5 M, 0.5 M x 1.18 = 590,000.
        double expected = e * (1 + (engineering + contingency) / 100);
        assertEquals(expected, SRCE.required(e, 10, 3), expected * 1e-15);
    }

    @Test
    void srceAtHalfAMillionIsFiveHundredNinetyThousand() {
        assertEquals(590_000, SRCE.required(5e5, 0, 0), 1e-6);
        assertEquals(55_000_000, SRCE.required(5e7, 0, 0), 1e-6);
    }

    @Test
    void phasedSecurityIsTheBaseUntilSAndFullFromF() {
        // base 7 M, full = 100 % of 100 M, S = 15, F = 6, closure in year 20, y = C - t.
        Requirement.Phased p = new Requirement.Phased("Phased", null, new Estimate.Amount(1e8), 7e6, 100, 15, 6);
        assertEquals(7e6, p.required(1e8, 20, 0));      // y = 20 > S
        assertEquals(7e6, p.required(1e8, 20, 5));      // y = 15 = S
        assertEquals(1e8, p.required(1e8, 20, 14));     // y = 6 = F
        assertEquals(1e8, p.required(1e8, 20, 25));     // after closure, y = -5
        // y = 10: 7 M + (100 M - 7 M)(15 - 10)/(15 - 6) = 7 M + 93 M x 5/9 = 58,666,666.67
        assertEquals(58_666_666.666666667, p.required(1e8, 20, 10), 1e-6);
        // y = 14, one year into the phase: 7 M + 93 M / 9 = 17,333,333.33
        assertEquals(17_333_333.333333333, p.required(1e8, 20, 6), 1e-6);
    }

    @Test
    void percentOfEstimateHasItsMinimum() {
        // SMCRA's minimum of 10,000 with full cost: an estimate of 5,000 requires 10,000.
        Requirement.PercentOfEstimate r = new Requirement.PercentOfEstimate("SMCRA", null, new Estimate.Amount(5000),
                100, 10_000);
        assertEquals(10_000, r.required(5000, 0, 0));
        assertEquals(20_000, r.required(20_000, 0, 0));
        assertEquals(26_000, new Requirement.PercentOfEstimate("x", null, new Estimate.Base(), 130, 0)
                .required(20_000, 0, 0), 1e-9);
    }

    @Test
    void pooledSchemesTakeSuretyBelowTheThresholdAndAContributionFromIt() {
        // Queensland-style: threshold 10 M, 2.75 % a year.
        Requirement.PooledContribution p = new Requirement.PooledContribution("FPS", null, new Estimate.Base(), 2.75,
                1e7);
        assertEquals(9_999_999, p.required(9_999_999, 5, 2));
        assertEquals(0, p.contribution(9_999_999));
        assertEquals(0, p.required(1e7, 5, 2));
        assertEquals(275_000, p.contribution(1e7), 1e-9);
    }

    @Test
    void recordsRefuseWhatTheFormatRefuses() {
        assertThrows(IllegalArgumentException.class, () -> new Requirement.Phased("p", null, new Estimate.Base(), 0,
                100, 6, 6));
        assertThrows(IllegalArgumentException.class, () -> new Requirement.PooledContribution("p", null,
                new Estimate.Base(), 100.5, 0));
        assertThrows(IllegalArgumentException.class, () -> new Addon("a", List.of(new Bracket(null, 4),
                new Bracket(1e6, 8))));
        assertThrows(IllegalArgumentException.class, () -> new Addon("a", List.of(new Bracket(1e6, 4),
                new Bracket(5e5, 8), new Bracket(null, 2))));
        assertThrows(IllegalArgumentException.class, () -> new Estimate.Amount(-1));
    }
}
