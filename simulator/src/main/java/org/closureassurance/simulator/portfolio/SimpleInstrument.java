package org.closureassurance.simulator.portfolio;

import java.util.Comparator;
import java.util.List;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.Driver;
import org.closureassurance.simulator.model.ScheduleStep;

/**
 * A simple site's assurance instrument compiled (docs/model.md, "Realisable assurance" and
 * "Portfolios"): each kind holds only the draws it needs. A driver is compiled to its factor's
 * index in the portfolio and the one-factor model's loadings.
 */
sealed interface SimpleInstrument {

    /**
     * A bond of one amount or a schedule of steps sorted by first year ({@code years},
     * {@code amounts}); written by the named provider {@code provider} (its failure year and
     * recovery are the portfolio's), or by its own provider failing with {@code defaultProbability}
     * a year (tied to a factor when {@code factor >= 0}) and recovering {@code recovery}.
     */
    record Bond(int[] years, ValueDraw[] amounts, int provider, ValueDraw defaultProbability, ValueDraw recovery,
                int factor, double loading, double residual) implements SimpleInstrument {
    }

    /** A self-bond: worth nothing when the operator walks away. */
    record SelfBond(ValueDraw amount) implements SimpleInstrument {
    }

    /**
     * A parent guarantee, lost when the guarantor fails with the operator (tied to a factor when
     * {@code factor >= 0}).
     */
    record Guarantee(ValueDraw amount, ValueDraw failProbability, int factor, double loading, double residual)
            implements SimpleInstrument {
    }

    /**
     * A trust fund without drawdown: its balance grows with yearly returns less fees, plus
     * contributions before closure.
     */
    record Trust(ValueDraw initial, ValueDraw contribution, ValueDraw fee, ValueDraw annualReturn, int factor,
                 double loading, double residual) implements SimpleInstrument {
    }

    /**
     * Compiles {@code a}, held by site {@code site}, against the portfolio's factors and providers;
     * its per-iteration Values take their Latin hypercube permutations from {@code strata}.
     */
    static SimpleInstrument of(AssuranceInstrument a, String site, WorldPlan plan, Strata strata) {
        if (a instanceof AssuranceInstrument.Bond b) {
            return bond(b, plan, strata);
        }
        if (a instanceof AssuranceInstrument.SelfBond s) {
            return new SelfBond(ValueDraw.of(s.amount(), strata));
        }
        if (a instanceof AssuranceInstrument.ParentGuarantee g) {
            Driver d = g.driver();
            return new Guarantee(ValueDraw.of(g.amount(), strata),
                    ValueDraw.of(g.guarantorFailsWithOperatorProbability(), strata),
                    factor(d, plan), loading(d), residual(d));
        }
        if (a instanceof AssuranceInstrument.TrustFund t) {
            if (t.drawdown()) {
                throw new IllegalArgumentException("site " + site + ": trust fund " + t.name()
                        + " draws down, but a simple site has no planned package to pay");
            }
            Driver d = t.returnDriver();
            return new Trust(ValueDraw.of(t.initialBalance(), strata), ValueDraw.of(t.annualContribution(), strata),
                    ValueDraw.of(t.annualFeeRate(), strata), ValueDraw.of(t.annualReturn()), factor(d, plan),
                    loading(d), residual(d));
        }
        throw new IllegalArgumentException("site " + site + ": unknown instrument type " + a.type());
    }

    private static Bond bond(AssuranceInstrument.Bond b, WorldPlan plan, Strata strata) {
        int[] years;
        ValueDraw[] amounts;
        if (b.amount() != null) {
            years = new int[] {0};
            amounts = new ValueDraw[] {ValueDraw.of(b.amount(), strata)};
        } else {
            List<ScheduleStep> steps = b.schedule().stream()
                    .sorted(Comparator.comparingInt(ScheduleStep::fromYear)).toList();
            years = steps.stream().mapToInt(ScheduleStep::fromYear).toArray();
            amounts = steps.stream().map(s -> ValueDraw.of(s.amount(), strata)).toArray(ValueDraw[]::new);
        }
        if (b.provider() != null) {
            return new Bond(years, amounts, plan.providerIndex(b.provider()), null, null, -1, 0.0, 1.0);
        }
        Driver d = b.driver();
        return new Bond(years, amounts, -1, ValueDraw.of(b.providerAnnualDefaultProbability(), strata),
                ValueDraw.of(b.recoveryRate(), strata), factor(d, plan), loading(d), residual(d));
    }

    private static int factor(Driver d, WorldPlan plan) {
        return d == null ? -1 : plan.factorIndex(d.factor());
    }

    private static double loading(Driver d) {
        return d == null ? 0.0 : Math.sqrt(d.weight());
    }

    private static double residual(Driver d) {
        return d == null ? 1.0 : Math.sqrt(1.0 - d.weight());
    }

}
