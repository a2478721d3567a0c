package org.closureassurance.desktop.gui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.closureassurance.charts.ChartSet;
import org.closureassurance.desktop.gui.results.Figures;
import org.closureassurance.desktop.gui.run.CompletedRun;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.closureassurance.simulator.engine.MonteCarloEngine;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.Requirement;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.results.RequirementResult;
import org.closureassurance.simulator.results.SimulationResults;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class ComparePresenterTest {
    private final List<Comparison> shown = new ArrayList<>();
    private final List<String> pins = new ArrayList<>();
    private final List<String> outdated = new ArrayList<>();
    private final ComparePresenter compare = new ComparePresenter(Runnable::run, Runnable::run,
            new ComparePresenter.View() {
                @Override
                public void pinChanged(boolean canPin, String pinnedLabel) {
                    pins.add(canPin + " " + pinnedLabel);
                }

                @Override
                public void comparisonChanged(Comparison comparison) {
                    shown.add(comparison);
                }

                @Override
                public void latestOutdated(String message) {
                    outdated.add(message);
                }
            });

    /** Run B is marked out of date after an edit; another document clears both runs. */
    @Test
    void marksTheLatestRunOutOfDateAndForgetsBothRunsOnANewDocument() {
        Scenario base = BundledScenarios.load(BundledScenarios.defaultName());
        compare.runCompleted(run(base));
        compare.pin();
        compare.runCompleted(run(selfBonded(base)));

        compare.runOutdated(true);
        assertEquals(ComparePresenter.OUTDATED, outdated.get(outdated.size() - 1));
        compare.runsCleared();

        assertNull(outdated.get(outdated.size() - 1));
        assertNull(shown.get(shown.size() - 1));
        assertNull(compare.pinned());
        assertEquals("false null", pins.get(pins.size() - 1));
    }

    /**
     * The rules side by side, matched by name: B holds A's rules in reverse order without A's
     * first one, so a row that took the rule at the same position instead of the same name would
     * show another rule's figures, and A's first rule shows a dash for B.
     */
    @Test
    void showsEachRuleOfBothRunsMatchedByName() {
        Scenario a = BundledScenarios.load(BundledScenarios.defaultName());
        List<Requirement> rules = new ArrayList<>(a.requirements());
        assertTrue(rules.size() >= 2, "the regulator case carries rules");
        List<Requirement> reversed = new ArrayList<>(rules.subList(1, rules.size()));
        java.util.Collections.reverse(reversed);
        Scenario b = a.withRequirements(reversed);
        CompletedRun runA = run(a);
        CompletedRun runB = run(b);

        Comparison c = ComparePresenter.of(runA, runB);

        String cur = a.currency();
        assertEquals(3 * rules.size(), c.rules().size());
        for (int i = 0; i < rules.size(); i++) {
            RequirementResult ra = runA.results().requirements().get(i);
            RequirementResult rb = runB.results().requirements().stream().filter(r -> r.name().equals(ra.name()))
                    .findFirst().orElse(null);
            Comparison.Row required = c.rules().get(3 * i);
            Comparison.Row coverage = c.rules().get(3 * i + 1);
            Comparison.Row additional = c.rules().get(3 * i + 2);
            assertEquals(ra.name() + ": required amount", required.figure());
            assertEquals(Figures.money(ra.required().mean(), cur), required.pinned());
            assertEquals(Figures.percent(ra.coverageProbability()) + " ("
                    + Figures.percentRange(ra.coverageProbabilityCI95()) + ")", coverage.pinned());
            assertEquals(Figures.money(ra.requiredAdditional().p90(), cur), additional.pinned());
            if (i == 0) {
                assertEquals(null, rb);
                assertEquals(Figures.UNDEFINED, required.current());
                assertEquals(Figures.UNDEFINED, coverage.current());
                assertEquals(Figures.UNDEFINED, additional.current());
                continue;
            }
            assertEquals(Figures.money(rb.required().mean(), cur), required.current());
            assertEquals(Figures.percent(rb.coverageProbability()) + " ("
                    + Figures.percentRange(rb.coverageProbabilityCI95()) + ")", coverage.current());
            assertEquals(Figures.money(rb.requiredAdditional().p90(), cur), additional.current());
            assertEquals(Figures.moneyChange(ra.required().mean(), rb.required().mean(), cur), required.difference());
            assertEquals(Figures.pointsChange(ra.coverageProbability(), rb.coverageProbability()),
                    coverage.difference());
        }
    }

    private static CompletedRun run(Scenario s) {
        Scenario small = s.withSimulation(s.simulation().withIterations(2000));
        SimulationResults r = new MonteCarloEngine(1, "test").run(small, ProgressListener.NONE);
        return new CompletedRun(small, r, ChartSet.of(r), null);
    }

    /** The regulator's case with the surety bond replaced by a self-bond of the same final amount. */
    private static Scenario selfBonded(Scenario s) {
        List<AssuranceInstrument> assurance = new ArrayList<>(s.assurance());
        assurance.set(0, new AssuranceInstrument.SelfBond("Reclamation self-bond", null,
                org.closureassurance.simulator.value.Value.of(40e6)));
        return new Scenario(s.name(), s.description(), s.currency(), s.baseYear(), s.simulation(), s.economics(),
                s.closureYear(), s.forfeiture(), s.costItems(), s.indirectCosts(), s.correlations(), s.waterTreatment(),
                s.rehabilitation(), s.riskEvents(), assurance);
    }

    @Test
    void comparesTheNextRunWithThePinnedOne() {
        Scenario regulator = BundledScenarios.load(BundledScenarios.defaultName());
        CompletedRun a = run(regulator);
        CompletedRun b = run(selfBonded(regulator));

        compare.runCompleted(a);
        compare.pin();
        assertNull(shown.get(shown.size() - 1));
        compare.runCompleted(b);

        Comparison c = shown.get(shown.size() - 1);
        assertNotNull(c);
        assertTrue(c.pinnedLabel().startsWith("A: Copper mine, regulator base case (2,000 iterations"));
        Comparison.Row coverage = c.rows().get(0);
        assertEquals(Figures.percent(a.results().coverageProbability()), coverage.pinned());
        assertEquals(Figures.percent(b.results().coverageProbability()), coverage.current());
        assertEquals(Figures.pointsChange(a.results().coverageProbability(), b.results().coverageProbability()),
                coverage.difference());
        assertTrue(b.results().coverageProbability() < a.results().coverageProbability(),
                "a self-bond is worth nothing at forfeiture");
        XYPlot plot = (XYPlot) c.liability().getPlot();
        assertEquals("A: Copper mine, regulator base case", plot.getDataset().getSeriesKey(0));
        assertEquals("B: Copper mine, regulator base case", plot.getDataset().getSeriesKey(1));
        assertNotNull(c.bondSizing());
    }

    @Test
    void clearingForgetsThePinnedRun() {
        compare.runCompleted(run(BundledScenarios.load("company-rehabilitation-plan")));
        compare.pin();
        compare.clear();
        compare.runCompleted(run(BundledScenarios.load("ngo-stress-case")));

        assertNull(compare.pinned());
        assertNull(shown.get(shown.size() - 1));
        assertEquals("true null", pins.get(pins.size() - 1));
        assertFalse(pins.get(0).startsWith("true"));
    }
}
