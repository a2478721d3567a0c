package org.closureassurance.simulator.model;

import java.util.List;
import java.util.Objects;
import org.closureassurance.simulator.value.Value;

/**
 * Financial assurance held against the walk-away liability (docs/model.md). Each
 * instrument reports a face amount and what the regulator can actually realise at
 * forfeiture.
 */
public sealed interface AssuranceInstrument {

    /** Unique name within the scenario. */
    String name();

    /** Free text, nullable. */
    String description();

    /** The file's name of the instrument type. */
    String type();

    /**
     * A bond (surety, letter of credit, cash, insurance) of a fixed {@code amount} or a
     * {@code schedule} of steps (exactly one is non-null). Its provider fails in each year
     * with {@code providerAnnualDefaultProbability}; after that only {@code recoveryRate}
     * of the face is realisable. A bond that names a {@code provider} (null for none) takes its
     * failure year and recovery from that {@link Provider} instead (its own two fields are then
     * unused); otherwise a {@code driver} (null for none) ties its provider's failure to an
     * economic factor.
     */
    record Bond(String name, String description, BondKind kind, Value amount, List<ScheduleStep> schedule,
                Value providerAnnualDefaultProbability, Value recoveryRate, String provider, Driver driver)
            implements AssuranceInstrument {
        public Bond {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(providerAnnualDefaultProbability, "providerAnnualDefaultProbability");
            Objects.requireNonNull(recoveryRate, "recoveryRate");
            schedule = schedule == null ? null : List.copyOf(schedule);
            if ((amount == null) == (schedule == null)) {
                throw new IllegalArgumentException("bond " + name + " needs either amount or schedule");
            }
        }

        /** A bond whose provider fails on its own. */
        public Bond(String name, String description, BondKind kind, Value amount, List<ScheduleStep> schedule,
                    Value providerAnnualDefaultProbability, Value recoveryRate) {
            this(name, description, kind, amount, schedule, providerAnnualDefaultProbability, recoveryRate, null, null);
        }

        @Override public String type() { return "bond"; }
    }

    /** A promise by the operator itself: worth nothing when the operator walks away. */
    record SelfBond(String name, String description, Value amount) implements AssuranceInstrument {
        public SelfBond {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(amount, "amount");
        }

        @Override public String type() { return "self-bond"; }
    }

    /**
     * A parent company's guarantee, lost when the parent fails with the operator; a
     * {@code driver} (null for none) ties that failure to an economic factor.
     */
    record ParentGuarantee(String name, String description, Value amount,
                           Value guarantorFailsWithOperatorProbability, Driver driver) implements AssuranceInstrument {
        public ParentGuarantee {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(guarantorFailsWithOperatorProbability, "guarantorFailsWithOperatorProbability");
        }

        /** A guarantee whose guarantor fails independently of any factor. */
        public ParentGuarantee(String name, String description, Value amount,
                               Value guarantorFailsWithOperatorProbability) {
            this(name, description, amount, guarantorFailsWithOperatorProbability, null);
        }

        @Override public String type() { return "parent-guarantee"; }
    }

    /**
     * A fund that grows with per-year returns drawn from {@code annualReturn}, less
     * {@code annualFeeRate}, with contributions at the end of each year before closure; with
     * {@code drawdown} it pays each year's package cost from closure on. A {@code returnDriver}
     * (null for none) ties the returns to an economic factor.
     */
    record TrustFund(String name, String description, Value initialBalance, Value annualContribution,
                     Value annualReturn, Value annualFeeRate, boolean drawdown, Driver returnDriver)
            implements AssuranceInstrument {
        public TrustFund {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(initialBalance, "initialBalance");
            Objects.requireNonNull(annualContribution, "annualContribution");
            Objects.requireNonNull(annualReturn, "annualReturn");
            Objects.requireNonNull(annualFeeRate, "annualFeeRate");
        }

        /** A fund whose returns are independent of any factor. */
        public TrustFund(String name, String description, Value initialBalance, Value annualContribution,
                         Value annualReturn, Value annualFeeRate, boolean drawdown) {
            this(name, description, initialBalance, annualContribution, annualReturn, annualFeeRate, drawdown, null);
        }

        @Override public String type() { return "trust-fund"; }
    }
}
