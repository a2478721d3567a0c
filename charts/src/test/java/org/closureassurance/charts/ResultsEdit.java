package org.closureassurance.charts;

import java.util.List;
import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.results.BondSizingPoint;
import org.closureassurance.simulator.results.Distributions;
import org.closureassurance.simulator.results.DomainResult;
import org.closureassurance.simulator.results.InstrumentResult;
import org.closureassurance.simulator.results.Interval;
import org.closureassurance.simulator.results.RequiredAssurance;
import org.closureassurance.simulator.results.RequirementResult;
import org.closureassurance.simulator.results.RunInfo;
import org.closureassurance.simulator.results.Sensitivity;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.results.Stats;
import org.closureassurance.simulator.results.Timeline;
import org.closureassurance.simulator.results.WaterStreamResult;

/**
 * A copy of a {@link SimulationResults} whose fields a test changes before {@link #build()}:
 * one figure at a time, without a constructor call of 29 arguments in every test.
 */
final class ResultsEdit {
    String scenario;
    String currency;
    int iterations;
    long seed;
    Sampling sampling;
    double forfeitureProbability;
    double coverageProbability;
    Interval coverageProbabilityCI95;
    double expectedPublicCost;
    Stats publicCost;
    Stats liability;
    Stats assurance;
    Stats shortfall;
    RequiredAssurance requiredAdditionalAssurance;
    List<BondSizingPoint> bondSizingCurve;
    Stats costPV;
    Stats costUndiscounted;
    List<WaterStreamResult> waterTreatment;
    List<DomainResult> rehabilitation;
    Stats relinquishmentYear;
    double relinquishmentNeverProbability;
    List<InstrumentResult> instruments;
    List<Sensitivity> sensitivity;
    Stats closureYear;
    Distributions distributions;
    Timeline timeline;
    RunInfo run;
    double baseEstimate;
    List<RequirementResult> requirements;

    ResultsEdit(SimulationResults r) {
        scenario = r.scenario();
        currency = r.currency();
        iterations = r.iterations();
        seed = r.seed();
        sampling = r.sampling();
        forfeitureProbability = r.forfeitureProbability();
        coverageProbability = r.coverageProbability();
        coverageProbabilityCI95 = r.coverageProbabilityCI95();
        expectedPublicCost = r.expectedPublicCost();
        publicCost = r.publicCost();
        liability = r.liability();
        assurance = r.assurance();
        shortfall = r.shortfall();
        requiredAdditionalAssurance = r.requiredAdditionalAssurance();
        bondSizingCurve = r.bondSizingCurve();
        costPV = r.costPV();
        costUndiscounted = r.costUndiscounted();
        waterTreatment = r.waterTreatment();
        rehabilitation = r.rehabilitation();
        relinquishmentYear = r.relinquishmentYear();
        relinquishmentNeverProbability = r.relinquishmentNeverProbability();
        instruments = r.instruments();
        sensitivity = r.sensitivity();
        closureYear = r.closureYear();
        distributions = r.distributions();
        timeline = r.timeline();
        run = r.run();
        baseEstimate = r.baseEstimate();
        requirements = r.requirements();
    }

    SimulationResults build() {
        return new SimulationResults(scenario, currency, iterations, seed, sampling, forfeitureProbability,
                coverageProbability, coverageProbabilityCI95, expectedPublicCost, publicCost, liability, assurance,
                shortfall, requiredAdditionalAssurance, bondSizingCurve, costPV, costUndiscounted, waterTreatment,
                rehabilitation, relinquishmentYear, relinquishmentNeverProbability, instruments, sensitivity,
                closureYear, distributions, timeline, run, baseEstimate, requirements);
    }
}
