package org.closureassurance.simulator.results;

import java.util.List;
import org.closureassurance.simulator.model.Sampling;

/**
 * Every figure of one run (docs/model.md, "Statistics"): the answer to "will the assurance held cover
 * the walk-away liability?" as probabilities, distributions and required bond amounts.
 * Money is in {@code currency} at base-year prices; {@code liability}, {@code assurance} and
 * {@code shortfall} are valued at the forfeiture year. NaN stands for "undefined" (no
 * forfeiting iteration).
 */
public record SimulationResults(
        String scenario, String currency, int iterations, long seed, Sampling sampling,
        double forfeitureProbability, double coverageProbability, Interval coverageProbabilityCI95,
        double expectedPublicCost, Stats publicCost, Stats liability, Stats assurance, Stats shortfall,
        RequiredAssurance requiredAdditionalAssurance, List<BondSizingPoint> bondSizingCurve,
        Stats costPV, Stats costUndiscounted, List<WaterStreamResult> waterTreatment,
        List<DomainResult> rehabilitation, Stats relinquishmentYear, double relinquishmentNeverProbability,
        List<InstrumentResult> instruments, List<Sensitivity> sensitivity, Stats closureYear,
        Distributions distributions, Timeline timeline, RunInfo run, double baseEstimate,
        List<RequirementResult> requirements, List<FactorResult> economy) {

    /** The results file format identifier. */
    public static final String FORMAT = "closure-assurance-results/1";

    public SimulationResults {
        bondSizingCurve = List.copyOf(bondSizingCurve);
        waterTreatment = List.copyOf(waterTreatment);
        rehabilitation = List.copyOf(rehabilitation);
        instruments = List.copyOf(instruments);
        sensitivity = List.copyOf(sensitivity);
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
        economy = economy == null ? List.of() : List.copyOf(economy);
    }

    /** The results of a scenario without economic factors. */
    public SimulationResults(
            String scenario, String currency, int iterations, long seed, Sampling sampling,
            double forfeitureProbability, double coverageProbability, Interval coverageProbabilityCI95,
            double expectedPublicCost, Stats publicCost, Stats liability, Stats assurance, Stats shortfall,
            RequiredAssurance requiredAdditionalAssurance, List<BondSizingPoint> bondSizingCurve,
            Stats costPV, Stats costUndiscounted, List<WaterStreamResult> waterTreatment,
            List<DomainResult> rehabilitation, Stats relinquishmentYear, double relinquishmentNeverProbability,
            List<InstrumentResult> instruments, List<Sensitivity> sensitivity, Stats closureYear,
            Distributions distributions, Timeline timeline, RunInfo run, double baseEstimate,
            List<RequirementResult> requirements) {
        this(scenario, currency, iterations, seed, sampling, forfeitureProbability, coverageProbability,
                coverageProbabilityCI95, expectedPublicCost, publicCost, liability, assurance, shortfall,
                requiredAdditionalAssurance, bondSizingCurve, costPV, costUndiscounted, waterTreatment, rehabilitation,
                relinquishmentYear, relinquishmentNeverProbability, instruments, sensitivity, closureYear,
                distributions, timeline, run, baseEstimate, requirements, List.of());
    }

    /** Results without a base estimate, regulatory requirements or economic factors (as made before they existed). */
    public SimulationResults(
            String scenario, String currency, int iterations, long seed, Sampling sampling,
            double forfeitureProbability, double coverageProbability, Interval coverageProbabilityCI95,
            double expectedPublicCost, Stats publicCost, Stats liability, Stats assurance, Stats shortfall,
            RequiredAssurance requiredAdditionalAssurance, List<BondSizingPoint> bondSizingCurve,
            Stats costPV, Stats costUndiscounted, List<WaterStreamResult> waterTreatment,
            List<DomainResult> rehabilitation, Stats relinquishmentYear, double relinquishmentNeverProbability,
            List<InstrumentResult> instruments, List<Sensitivity> sensitivity, Stats closureYear,
            Distributions distributions, Timeline timeline, RunInfo run) {
        this(scenario, currency, iterations, seed, sampling, forfeitureProbability, coverageProbability,
                coverageProbabilityCI95, expectedPublicCost, publicCost, liability, assurance, shortfall,
                requiredAdditionalAssurance, bondSizingCurve, costPV, costUndiscounted, waterTreatment, rehabilitation,
                relinquishmentYear, relinquishmentNeverProbability, instruments, sensitivity, closureYear,
                distributions, timeline, run, Double.NaN, List.of(), List.of());
    }
}
