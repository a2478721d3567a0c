package org.closureassurance.charts;

import org.closureassurance.simulator.results.SimulationResults;

/**
 * The report's sentence on how much systemic risk changes the answer: the forfeiture
 * probability, the coverage probability and the expected public cost of the scenario as given,
 * against the same scenario with every driver's weight set to 0, run on the same seed (so on
 * the same random numbers: the same factor paths, the same own draws of every driven event).
 * The sentence says it was worked out that way.
 */
public final class SystemicRiskSentence {
    private SystemicRiskSentence() {
    }

    /**
     * The sentence comparing {@code driven} (the scenario's drivers) with {@code independent}
     * (every weight 0), money in {@code currency}.
     */
    public static String of(SimulationResults driven, SimulationResults independent, String currency) {
        MoneyFormat money = new MoneyFormat(currency, MoneyFormat.Style.WORDS);
        String coverage = Double.isNaN(driven.coverageProbability()) || Double.isNaN(independent.coverageProbability())
                ? ""
                : "the probability that the assurance held covers the liability is "
                        + NumberText.percent(driven.coverageProbability()) + " against "
                        + NumberText.percent(independent.coverageProbability()) + ", ";
        return "Systemic risk: with the economic drivers, the operator walks away in "
                + NumberText.percent(driven.forfeitureProbability()) + " of iterations against "
                + NumberText.percent(independent.forfeitureProbability()) + " with every event independent; "
                + coverage + "and the expected public cost is " + money.format(driven.expectedPublicCost())
                + " against " + money.format(independent.expectedPublicCost()) + " (worked out from two runs on "
                + "the same random numbers, one with the drivers and one with every driver's weight set to 0).";
    }
}
