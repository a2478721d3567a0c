package org.closureassurance.simulator.model;

/**
 * The scenario fields that hold a per-iteration Value, each with the section it belongs to and
 * its JSON name: the one vocabulary of sampled inputs. {@link InputKey} builds input paths from
 * it, the engine's plan asks for the slot of an {@link InputKey} instead of spelling a path,
 * charts label an input by its field, and the scenario format (in the scenarios module) names
 * these fields with the constants here.
 *
 * <p>It lives in the model and not in the format because the simulator must not depend on the
 * file format, yet input paths (what correlations name and sensitivity ranks) are part of the
 * model: the names are spelled here once, and the format refers to them.
 */
public enum InputField {
    DISCOUNT_RATE(Section.ECONOMICS, null, "discountRate"),
    /** The rate of one step of a discount schedule; its key carries the step's index. */
    DISCOUNT_STEP_RATE(Section.ECONOMICS, Group.DISCOUNT_SCHEDULE, "rate"),
    REAL_COST_ESCALATION(Section.ECONOMICS, null, "realCostEscalation"),
    CLOSURE_YEAR(Section.TOP, null, "closureYear"),
    FORFEITURE_YEAR(Section.FORFEITURE, null, "year"),
    FORFEITURE_BEFORE_CLOSURE(Section.FORFEITURE, null, "beforeClosure"),
    FORFEITURE_AFTER_CLOSURE(Section.FORFEITURE, null, "afterClosure"),
    MOBILISATION_DELAY(Section.AFTER_FORFEITURE, null, "mobilisationDelayYears"),
    CARE_AND_MAINTENANCE(Section.AFTER_FORFEITURE, null, "careAndMaintenancePerYear"),
    THIRD_PARTY_PREMIUM(Section.AFTER_FORFEITURE, null, "thirdPartyPremiumPercent"),
    ESTATE_RECOVERY(Section.AFTER_FORFEITURE, null, "estateRecoveryRate"),

    COST_QUANTITY(Section.COST_ITEMS, null, "quantity"),
    COST_UNIT_COST(Section.COST_ITEMS, null, "unitCost"),
    COST_AMOUNT(Section.COST_ITEMS, null, "amount"),
    INDIRECT_PERCENT(Section.INDIRECT_COSTS, null, "percent"),

    WATER_PROBABILITY(Section.WATER_TREATMENT, null, "probability"),
    WATER_START_YEAR(Section.WATER_TREATMENT, null, "startYear"),
    WATER_FLOW(Section.WATER_TREATMENT, null, "flow"),
    WATER_UNIT_COST(Section.WATER_TREATMENT, null, "unitCost"),
    WATER_FIXED_ANNUAL_COST(Section.WATER_TREATMENT, null, "fixedAnnualCost"),
    WATER_CAPITAL_COST(Section.WATER_TREATMENT, null, "capitalCost"),
    WATER_DURATION_YEARS(Section.WATER_TREATMENT, Group.DURATION, "years"),
    WATER_INITIAL_CONCENTRATION(Section.WATER_TREATMENT, Group.DURATION, "initialConcentration"),
    WATER_CONCENTRATION_LIMIT(Section.WATER_TREATMENT, Group.DURATION, "limit"),
    WATER_HALF_LIFE_YEARS(Section.WATER_TREATMENT, Group.DURATION, "halfLifeYears"),

    DOMAIN_AREA(Section.REHABILITATION, null, "area"),
    DOMAIN_START_YEAR(Section.REHABILITATION, null, "startYear"),
    DOMAIN_ESTABLISHMENT_COST(Section.REHABILITATION, null, "establishmentCost"),
    DOMAIN_MAINTENANCE_COST(Section.REHABILITATION, null, "maintenanceCostPerAreaYear"),
    DOMAIN_MONITORING_COST(Section.REHABILITATION, null, "monitoringCostPerYear"),
    RECOVERY_RATE(Section.REHABILITATION, Group.RECOVERY, "rate"),
    RECOVERY_INITIAL_CONDITION(Section.REHABILITATION, Group.RECOVERY, "initialCondition"),
    RECOVERY_TARGET(Section.REHABILITATION, Group.RECOVERY, "target"),
    SETBACK_ANNUAL_PROBABILITY(Section.REHABILITATION, Group.SETBACK, "annualProbability"),
    SETBACK_CONDITION_LOSS(Section.REHABILITATION, Group.SETBACK, "conditionLoss"),
    SETBACK_REWORK_COST(Section.REHABILITATION, Group.SETBACK, "reworkCostPerArea"),

    RISK_PROBABILITY(Section.RISK_EVENTS, null, "probability"),
    RISK_ANNUAL_PROBABILITY(Section.RISK_EVENTS, null, "annualProbability"),
    RISK_COST(Section.RISK_EVENTS, null, "cost"),

    INSTRUMENT_AMOUNT(Section.ASSURANCE, null, "amount"),
    /** The amount of one step of a bond's schedule; its key carries the step's index. */
    SCHEDULE_STEP_AMOUNT(Section.ASSURANCE, Group.SCHEDULE, "amount"),
    BOND_DEFAULT_PROBABILITY(Section.ASSURANCE, null, "providerAnnualDefaultProbability"),
    BOND_RECOVERY_RATE(Section.ASSURANCE, null, "recoveryRate"),
    GUARANTOR_FAILS_PROBABILITY(Section.ASSURANCE, null, "guarantorFailsWithOperatorProbability"),
    FUND_INITIAL_BALANCE(Section.ASSURANCE, null, "initialBalance"),
    FUND_ANNUAL_CONTRIBUTION(Section.ASSURANCE, null, "annualContribution"),
    FUND_ANNUAL_FEE_RATE(Section.ASSURANCE, null, "annualFeeRate"),

    OVERRUN_MULTIPLIER(Section.OVERRUNS, null, "multiplier"),

    PROVIDER_DEFAULT_PROBABILITY(Section.PROVIDERS, null, "annualDefaultProbability"),
    PROVIDER_RECOVERY_RATE(Section.PROVIDERS, null, "recoveryRate");

    private final Section section;
    private final Group group;
    private final String key;

    InputField(Section section, Group group, String key) {
        this.section = section;
        this.group = group;
        this.key = key;
    }

    /** The section the field belongs to. */
    public Section section() {
        return section;
    }

    /** The object inside an element that holds the field ({@code recovery}, ...), or null. */
    public Group group() {
        return group;
    }

    /** The field's JSON name within its object ({@code halfLifeYears}). */
    public String key() {
        return key;
    }

    /** Whether a key of this field carries an index (a bond's or a discount schedule's step). */
    public boolean indexed() {
        return group == Group.SCHEDULE || group == Group.DISCOUNT_SCHEDULE;
    }

    /**
     * Where an input lives in a scenario: the top level, a single object, or a list whose
     * elements are named (then a path names the element).
     */
    public enum Section {
        TOP(""),
        ECONOMICS("economics"),
        FORFEITURE("forfeiture"),
        AFTER_FORFEITURE("afterForfeiture"),
        COST_ITEMS("costItems"),
        INDIRECT_COSTS("indirectCosts"),
        WATER_TREATMENT("waterTreatment"),
        REHABILITATION("rehabilitation"),
        RISK_EVENTS("riskEvents"),
        ASSURANCE("assurance"),
        OVERRUNS("overruns"),
        PROVIDERS("providers");

        private final String key;

        Section(String key) {
            this.key = key;
        }

        /** The section's JSON name at the top level (empty for the top level itself). */
        public String key() {
            return key;
        }

        /** Whether the section is a list of named elements. */
        public boolean isList() {
            return this != TOP && this != ECONOMICS && this != FORFEITURE && this != AFTER_FORFEITURE;
        }
    }

    /** An object inside a list element that holds sampled fields. */
    public enum Group {
        DURATION("duration"),
        RECOVERY("recovery"),
        SETBACK("setback"),
        SCHEDULE("schedule"),
        /** A discount schedule: the list that {@code economics.discountRate} may be. */
        DISCOUNT_SCHEDULE("discountRate");

        private final String key;

        Group(String key) {
            this.key = key;
        }

        /** The object's JSON name within its element. */
        public String key() {
            return key;
        }
    }
}
