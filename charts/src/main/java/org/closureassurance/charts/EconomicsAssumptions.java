package org.closureassurance.charts;

import java.util.ArrayList;
import java.util.List;
import org.closureassurance.simulator.model.AfterForfeiture;
import org.closureassurance.simulator.model.DiscountStep;
import org.closureassurance.simulator.model.Economics;

/**
 * The report's sentences on money over time and on the regulator's costs after the operator
 * walks away: a single discount rate or a schedule of forward rates, real cost escalation, and
 * the mobilisation delay, care and maintenance, third-party premium and estate recovery. Rows
 * that would only restate a default (no escalation, nothing after forfeiture) are left out.
 */
final class EconomicsAssumptions {
    private EconomicsAssumptions() {
    }

    /** Adds the rows of {@code economics} and {@code after} to a two-column assumptions table. */
    static void addRows(Html.Table t, Economics economics, AfterForfeiture after, String currency) {
        t.row("Discount rate (real)", discount(economics));
        if (!(economics.realCostEscalation().isDegenerate() && economics.realCostEscalation().lowerBound() == 0)) {
            t.row("Real cost escalation", escalation(economics));
        }
        if (!after.equals(AfterForfeiture.NONE)) {
            t.row("After the operator walks away", afterForfeiture(after, currency));
        }
    }

    private static String discount(Economics e) {
        if (!e.isScheduled()) {
            return ValueText.describe(e.discountRate(), ValueText.fractionAsPercent());
        }
        List<String> steps = new ArrayList<>();
        for (DiscountStep s : e.discountSchedule()) {
            steps.add(ValueText.describe(s.rate(), ValueText.fractionAsPercent()) + " from year " + s.fromYear());
        }
        return "a schedule of forward rates, each year discounted at the rate of its step: " + String.join("; ", steps)
                + "; the last rate holds for ever";
    }

    private static String escalation(Economics e) {
        return ValueText.describe(e.realCostEscalation(), ValueText.fractionAsPercent()) + " a year above general "
                + "inflation: every cost falling in year s after the base year is multiplied by (1 + g)^s "
                + "(bonds, contributions and fund balances are not)";
    }

    private static String afterForfeiture(AfterForfeiture a, String currency) {
        return "the regulator needs " + ValueText.describe(a.mobilisationDelayYears(), ValueText.years())
                + " (whole years) to mobilise a contractor; all works except water treatment start that much later, "
                + "while care and maintenance costs " + ValueText.describe(a.careAndMaintenancePerYear(),
                        ValueText.money(currency)) + " a year; a third party charges "
                + ValueText.describe(a.thirdPartyPremiumPercent(), ValueText.percentPoints()) + " more than the "
                + "operator's own costs on the whole package; "
                + ValueText.describe(a.estateRecoveryRate(), ValueText.fractionAsPercent()) + " of any shortfall is "
                + "recovered from the operator's estate, which lowers the public cost but not the shortfall";
    }
}
