package org.closureassurance.simulator.portfolio;

import java.util.Objects;
import org.closureassurance.simulator.value.Value;

/**
 * A fund shared by the sites of a portfolio (Western Australia's Mining Rehabilitation Fund,
 * Queensland's scheme): operating sites pay a percent of their estimate into it every year,
 * it earns a drawn return less a fee, and it pays the shortfalls of sites that forfeit until
 * it runs dry; what it cannot pay is a public cost.
 *
 * @param name the fund's name
 * @param initialBalance the balance at the start of year 0, money, {@code >= 0}
 * @param contributionPercent the yearly contribution as a percent of each operating site's estimate, {@code >= 0}
 * @param annualReturn the yearly return, drawn each year
 * @param annualFeeRate the yearly fee as a fraction of the balance
 */
public record PooledFund(String name, double initialBalance, double contributionPercent, Value annualReturn,
                         Value annualFeeRate) {
    public PooledFund {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(annualReturn, "annualReturn");
        Objects.requireNonNull(annualFeeRate, "annualFeeRate");
        if (!(initialBalance >= 0) || Double.isInfinite(initialBalance)) {
            throw new IllegalArgumentException("fund initialBalance must be finite and >= 0, was " + initialBalance);
        }
        if (!(contributionPercent >= 0) || Double.isInfinite(contributionPercent)) {
            throw new IllegalArgumentException("fund contributionPercent must be finite and >= 0, was "
                    + contributionPercent);
        }
    }
}
