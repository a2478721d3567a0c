package org.closureassurance.simulator.engine;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.Economy;
import org.closureassurance.simulator.model.InputField;
import org.closureassurance.simulator.model.InputKey;
import org.closureassurance.simulator.model.ScheduleStep;

/**
 * A compiled assurance instrument: one record per kind, each holding only the input slots its
 * kind uses. The assurance kernel values them through {@link Realiser}, one method per kind,
 * so adding a kind fails to compile until the kernel handles it (Java 17 has no pattern
 * switch over a sealed family; this double dispatch is its compile-checked equivalent).
 */
sealed interface InstrumentPlan {

    /** The instrument's name in the scenario. */
    String name();

    /** The file's name of the instrument's type. */
    String type();

    /** The realisable value at forfeiture, worked out by {@code realiser}'s method for this kind. */
    double realise(Realiser realiser, int j);

    /** Values each kind of instrument for one iteration; {@code j} is the instrument's index. */
    interface Realiser {
        double bond(Bond p, int j);

        double selfBond(SelfBond p, int j);

        double parentGuarantee(ParentGuarantee p, int j);

        double trustFund(TrustFund p, int j);
    }

    /**
     * A bond of one amount ({@code amountSlot >= 0}) or of a schedule sorted by first year
     * ({@code scheduleYears}, {@code scheduleSlots}), its provider's yearly default chance and
     * the recovery after it. A bond written by a named provider has its index in
     * {@code provider} (-1 for none) and that provider's recovery slot; otherwise its own
     * default chance, tied to a factor by {@code driver} (null for none).
     */
    record Bond(String name, int amountSlot, int[] scheduleYears, int[] scheduleSlots, int defaultSlot,
                int recoverySlot, int provider, DriverPlan driver) implements InstrumentPlan {
        @Override public String type() { return "bond"; }

        @Override public double realise(Realiser realiser, int j) { return realiser.bond(this, j); }
    }

    /** A self-bond: its amount is reported, nothing is realisable. */
    record SelfBond(String name, int amountSlot) implements InstrumentPlan {
        @Override public String type() { return "self-bond"; }

        @Override public double realise(Realiser realiser, int j) { return realiser.selfBond(this, j); }
    }

    /**
     * A parent guarantee: its amount, and the chance its guarantor fails with the operator, tied
     * to a factor by {@code driver} (null for none).
     */
    record ParentGuarantee(String name, int amountSlot, int failSlot, DriverPlan driver) implements InstrumentPlan {
        @Override public String type() { return "parent-guarantee"; }

        @Override public double realise(Realiser realiser, int j) { return realiser.parentGuarantee(this, j); }
    }

    /**
     * A trust fund: its initial balance, contribution and fee slots, drawdown, and how its
     * yearly return is drawn, tied to a factor by {@code returnDriver} (null for none).
     */
    record TrustFund(String name, int initialSlot, int contributionSlot, int feeSlot, boolean drawdown,
                     YearlyReturn annualReturn, DriverPlan returnDriver) implements InstrumentPlan {
        @Override public String type() { return "trust-fund"; }

        @Override public double realise(Realiser realiser, int j) { return realiser.trustFund(this, j); }
    }

    /** Compiles instrument {@code a}. */
    static InstrumentPlan of(AssuranceInstrument a, InputSlots slots, EconomyPlan economy) {
        String p = a.name();
        Economy factors = economy.declared;
        if (a instanceof AssuranceInstrument.Bond b) {
            return bond(b, slots, p, economy);
        }
        if (a instanceof AssuranceInstrument.SelfBond) {
            return new SelfBond(a.name(), slots.of(InputField.INSTRUMENT_AMOUNT, p));
        }
        if (a instanceof AssuranceInstrument.ParentGuarantee g) {
            return new ParentGuarantee(a.name(), slots.of(InputField.INSTRUMENT_AMOUNT, p),
                    slots.of(InputField.GUARANTOR_FAILS_PROBABILITY, p), DriverPlan.of(g.driver(), factors));
        }
        if (a instanceof AssuranceInstrument.TrustFund t) {
            return new TrustFund(t.name(), slots.of(InputField.FUND_INITIAL_BALANCE, p),
                    slots.of(InputField.FUND_ANNUAL_CONTRIBUTION, p), slots.of(InputField.FUND_ANNUAL_FEE_RATE, p),
                    t.drawdown(), YearlyReturn.of(t.annualReturn()),
                    DriverPlan.of(t.returnDriver(), factors));
        }
        throw new IllegalArgumentException(InputField.Section.ASSURANCE.key() + "/" + p + "/type: unknown instrument "
                + a.type());
    }

    /** A bond of one amount, or of a schedule sorted by its first years. */
    private static Bond bond(AssuranceInstrument.Bond b, InputSlots slots, String p, EconomyPlan economy) {
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
        if (b.provider() != null) {
            int provider = economy.provider(b.provider());
            return new Bond(b.name(), amount, years, amountSlots, -1, economy.providers[provider].recoverySlot(),
                    provider, null);
        }
        return new Bond(b.name(), amount, years, amountSlots, slots.of(InputField.BOND_DEFAULT_PROBABILITY, p),
                slots.of(InputField.BOND_RECOVERY_RATE, p), -1, DriverPlan.of(b.driver(), economy.declared));
    }
}
