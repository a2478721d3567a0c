package org.closureassurance.simulator.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The drivers of a scenario as a whole: whether it has any, and the same scenario with every
 * driver's weight set to 0. Run on the same seed, that scenario draws the same factor paths
 * and the same {@code eps} from the same streams, so comparing the two runs isolates what
 * systemic (wrong-way) risk does to the answer.
 */
public final class Drivers {
    private Drivers() {
    }

    /** Whether any event of {@code s} is tied to a factor with a weight above 0. */
    public static boolean anyWeighted(Scenario s) {
        List<Driver> all = new ArrayList<>();
        if (s.forfeiture() instanceof Forfeiture.AnnualHazard h) {
            all.add(h.driver());
        }
        s.providers().forEach(p -> all.add(p.driver()));
        for (AssuranceInstrument a : s.assurance()) {
            all.add(driverOf(a));
        }
        return all.stream().anyMatch(d -> d != null && d.weight() > 0);
    }

    /** {@code s} with every driver's weight 0: each event independent, on the same random numbers. */
    public static Scenario unweighted(Scenario s) {
        Forfeiture f = s.forfeiture() instanceof Forfeiture.AnnualHazard h && h.driver() != null
                ? new Forfeiture.AnnualHazard(h.beforeClosure(), h.afterClosure(), h.driver().unweighted())
                : s.forfeiture();
        List<Provider> providers = s.providers().stream().map(p -> p.driver() == null ? p
                : new Provider(p.name(), p.description(), p.annualDefaultProbability(), p.recoveryRate(),
                        p.driver().unweighted())).toList();
        List<AssuranceInstrument> assurance = s.assurance().stream().map(Drivers::unweighted).toList();
        return s.withSystemicRisk(f, assurance, s.economy(), providers);
    }

    private static Driver driverOf(AssuranceInstrument a) {
        if (a instanceof AssuranceInstrument.Bond b) {
            return b.driver();
        }
        if (a instanceof AssuranceInstrument.ParentGuarantee g) {
            return g.driver();
        }
        return a instanceof AssuranceInstrument.TrustFund t ? t.returnDriver() : null;
    }

    private static AssuranceInstrument unweighted(AssuranceInstrument a) {
        if (a instanceof AssuranceInstrument.Bond b && b.driver() != null) {
            return new AssuranceInstrument.Bond(b.name(), b.description(), b.kind(), b.amount(), b.schedule(),
                    b.providerAnnualDefaultProbability(), b.recoveryRate(), b.provider(), b.driver().unweighted());
        }
        if (a instanceof AssuranceInstrument.ParentGuarantee g && g.driver() != null) {
            return new AssuranceInstrument.ParentGuarantee(g.name(), g.description(), g.amount(),
                    g.guarantorFailsWithOperatorProbability(), g.driver().unweighted());
        }
        if (a instanceof AssuranceInstrument.TrustFund t && t.returnDriver() != null) {
            return new AssuranceInstrument.TrustFund(t.name(), t.description(), t.initialBalance(),
                    t.annualContribution(), t.annualReturn(), t.annualFeeRate(), t.drawdown(),
                    t.returnDriver().unweighted());
        }
        return a;
    }
}
