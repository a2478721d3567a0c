package org.closureassurance.simulator.engine;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.InputField;
import org.closureassurance.simulator.model.InputKey;
import org.closureassurance.simulator.model.ScheduleStep;
import org.closureassurance.simulator.random.InverseCdf;
import org.closureassurance.simulator.random.InverseCdfs;
import org.closureassurance.simulator.random.StandardNormal;
import org.closureassurance.simulator.value.Normal;
import org.closureassurance.simulator.value.Value;

/**
 * A compiled assurance instrument: its kind and the slots its kind uses (-1 for the others):
 * a bond's amount or schedule, default and recovery; a guarantee's failure chance; a trust
 * fund's balance, contribution, fee and how its yearly return is drawn.
 */
record InstrumentPlan(String name, String type, InstrumentType kind, int amountSlot,
                      int[] scheduleYears, int[] scheduleSlots, int defaultSlot, int recoverySlot,
                      int failSlot, int initialSlot, int contributionSlot, ReturnDraw returnDraw,
                      InverseCdf annualReturn, double returnMean, double returnSd, double returnMin,
                      double returnMax, int feeSlot, boolean drawdown) {

    /** The kinds of instrument, one per type of {@link AssuranceInstrument}. */
    enum InstrumentType { BOND, SELF_BOND, PARENT_GUARANTEE, TRUST_FUND }

    /**
     * How a trust fund's yearly returns are drawn: {@code CONSTANT} (a plain number),
     * {@code NORMAL} (mean + sd times a standard normal from the ziggurat sampler, redrawn while
     * outside a truncation that keeps at least half the mass: exact, and several times faster
     * than an inverse CDF, which per-year draws do not need) or {@code QUANTILE} (inverse CDF of
     * one uniform, for every other distribution).
     */
    enum ReturnDraw { CONSTANT, NORMAL, QUANTILE }

    /** Compiles instrument {@code a}. */
    static InstrumentPlan of(AssuranceInstrument a, InputSlots slots) {
        String p = a.name();
        if (a instanceof AssuranceInstrument.Bond b) {
            return bond(b, slots, p);
        }
        if (a instanceof AssuranceInstrument.SelfBond) {
            return new InstrumentPlan(a.name(), a.type(), InstrumentType.SELF_BOND,
                    slots.of(InputField.INSTRUMENT_AMOUNT, p),
                    null, null, -1, -1, -1, -1, -1, ReturnDraw.CONSTANT, null, 0, 0, 0, 0, -1, false);
        }
        if (a instanceof AssuranceInstrument.ParentGuarantee) {
            return new InstrumentPlan(a.name(), a.type(), InstrumentType.PARENT_GUARANTEE,
                    slots.of(InputField.INSTRUMENT_AMOUNT, p), null, null, -1, -1,
                    slots.of(InputField.GUARANTOR_FAILS_PROBABILITY, p), -1, -1, ReturnDraw.CONSTANT, null, 0, 0,
                    0, 0, -1, false);
        }
        if (a instanceof AssuranceInstrument.TrustFund t) {
            return trustFund(t, slots, p);
        }
        throw new IllegalArgumentException(InputField.Section.ASSURANCE.key() + "/" + p + "/type: unknown instrument "
                + a.type());
    }

    /** A bond of one amount, or of a schedule sorted by its first years. */
    private static InstrumentPlan bond(AssuranceInstrument.Bond b, InputSlots slots, String p) {
        int[] years = new int[0];
        int[] amountSlots = new int[0];
        int amount = -1;
        if (b.amount() != null) {
            amount = slots.of(InputField.INSTRUMENT_AMOUNT, p);
        } else {
            List<ScheduleStep> steps = b.schedule();
            Integer[] order = new Integer[steps.size()];
            for (int j = 0; j < order.length; j++) {
                order[j] = j;
            }
            Arrays.sort(order, Comparator.comparingInt(j -> steps.get(j).fromYear()));
            years = new int[order.length];
            amountSlots = new int[order.length];
            for (int j = 0; j < order.length; j++) {
                years[j] = steps.get(order[j]).fromYear();
                amountSlots[j] = slots.of(InputKey.scheduleStep(p, order[j]));
            }
        }
        return new InstrumentPlan(b.name(), b.type(), InstrumentType.BOND, amount, years, amountSlots,
                slots.of(InputField.BOND_DEFAULT_PROBABILITY, p), slots.of(InputField.BOND_RECOVERY_RATE, p),
                -1, -1, -1, ReturnDraw.CONSTANT, null, 0, 0, 0, 0, -1, false);
    }

    /** A trust fund, with the cheapest exact way to draw its yearly return. */
    private static InstrumentPlan trustFund(AssuranceInstrument.TrustFund t, InputSlots slots, String p) {
        Value ret = t.annualReturn();
        ReturnDraw draw = ret.isDegenerate() ? ReturnDraw.CONSTANT
                : (ret instanceof Normal nr && mostlyInside(nr) ? ReturnDraw.NORMAL : ReturnDraw.QUANTILE);
        Normal normal = draw == ReturnDraw.NORMAL ? (Normal) ret : null;
        double mean = draw == ReturnDraw.CONSTANT ? ret.lowerBound() : (normal != null ? normal.mean() : 0);
        return new InstrumentPlan(t.name(), t.type(), InstrumentType.TRUST_FUND, -1, null, null,
                -1, -1, -1, slots.of(InputField.FUND_INITIAL_BALANCE, p),
                slots.of(InputField.FUND_ANNUAL_CONTRIBUTION, p), draw,
                draw == ReturnDraw.QUANTILE ? InverseCdfs.of(ret) : null, mean,
                normal != null ? normal.sd() : 0, normal != null ? normal.min() : 0, normal != null ? normal.max() : 0,
                slots.of(InputField.FUND_ANNUAL_FEE_RATE, p), t.drawdown());
    }

    /** Whether a normal's truncation keeps at least half its mass, so redrawing is cheap. */
    private static boolean mostlyInside(Normal n) {
        double a = (n.min() - n.mean()) / n.sd();
        double b = (n.max() - n.mean()) / n.sd();
        return StandardNormal.cdf(b) - StandardNormal.cdf(a) >= 0.5;
    }
}
