package org.closureassurance.simulator.portfolio;

import java.util.List;
import java.util.Objects;
import org.closureassurance.simulator.model.AfterForfeiture;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.value.Value;

/**
 * A site known only by its register line: an approved estimate of closure cost, multiplied by
 * an uncertain factor, falls due as one flow in each walk-away year until the site is closed
 * ({@code closureYear + closureDurationYears}); from then on it holds no liability and cannot
 * forfeit.
 *
 * @param name unique in the portfolio
 * @param category free label for grouping (quarry, coal); null when none
 * @param estimate the approved estimate of closure cost, money, {@code >= 0}; also the base of
 *     pooled-fund contributions
 * @param multiplier how far the real cost departs from the estimate (support {@code > 0})
 * @param closureYear the absolute year operations end
 * @param closureDurationYears years from the closure year until the site is relinquished, {@code >= 1}
 * @param forfeiture when the operator walks away
 * @param assurance the instruments held against the site
 * @param afterForfeiture what the regulator's package adds after a walk-away, and the share of a
 *     shortfall recovered from the operator's estate
 */
public record SimpleSite(String name, String category, double estimate, Value multiplier, Value closureYear,
                         int closureDurationYears, Forfeiture forfeiture, List<AssuranceInstrument> assurance,
                         AfterForfeiture afterForfeiture) implements Site {
    public SimpleSite {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(multiplier, "multiplier");
        Objects.requireNonNull(closureYear, "closureYear");
        Objects.requireNonNull(forfeiture, "forfeiture");
        Objects.requireNonNull(afterForfeiture, "afterForfeiture");
        assurance = List.copyOf(assurance);
        if (!(estimate >= 0) || Double.isInfinite(estimate)) {
            throw new IllegalArgumentException("site " + name + ": estimate must be finite and >= 0, was " + estimate);
        }
        if (closureDurationYears < 1) {
            throw new IllegalArgumentException("site " + name + ": closureDurationYears must be >= 1, was "
                    + closureDurationYears);
        }
    }
}
