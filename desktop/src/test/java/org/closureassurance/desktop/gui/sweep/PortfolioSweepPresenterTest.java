package org.closureassurance.desktop.gui.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.closureassurance.charts.NamedChart;
import org.closureassurance.charts.PortfolioSweepCharts;
import org.closureassurance.scenarios.PortfolioLoad;
import org.closureassurance.scenarios.bundled.BundledPortfolios;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.portfolio.Portfolio;
import org.closureassurance.simulator.portfolio.PortfolioEngine;
import org.closureassurance.simulator.sweep.BreakEven;
import org.closureassurance.simulator.sweep.PortfolioBreakEven;
import org.closureassurance.simulator.sweep.PortfolioSweepPoint;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portfolio sweep dialog's presenter without a display: the settings it offers for the levy,
 * its runs (each the portfolio engine's run of a copy at the value, the seed kept), a break-even
 * consistent with the curve and marked on the charts, its refusals naming the field or the box,
 * Cancel that leaves the portfolio as it was, and its exports. The bundled register at few
 * iterations keeps it quick.
 */
class PortfolioSweepPresenterTest {
    private static final int N = 100;
    private static final PortfolioEngine ENGINE = new PortfolioEngine(2, "test");

    private final Portfolio portfolio = bundled();
    private final RecordingSweepView view = new RecordingSweepView();
    private final List<Runnable> queued = new ArrayList<>();
    private final AtomicLong clock = new AtomicLong();

    private static Portfolio bundled() {
        return ((PortfolioLoad.Loaded) BundledPortfolios.load("illustrative-register")).portfolio();
    }

    private PortfolioSweepPresenter presenter(SweepKind kind, Portfolio p) {
        return new PortfolioSweepPresenter(PortfolioSweepField.LEVY, kind, () -> p, ENGINE::run, queued::add,
                Runnable::run, clock::get, view);
    }

    private void runQueued() {
        while (!queued.isEmpty()) {
            queued.remove(0).run();
        }
    }

    private static SweepSettings list(String values) {
        return new SweepSettings(SweepKind.SWEEP, SweepSettings.Spacing.LIST, "", "", "", values, Integer.toString(N),
                "");
    }

    private static SweepSettings search(String from, String to, String steps, String target) {
        return new SweepSettings(SweepKind.BREAK_EVEN, SweepSettings.Spacing.RANGE, from, to, steps, "",
                Integer.toString(N), target);
    }

    /** What the engine gives for the portfolio at {@code N} iterations with the levy at {@code v}. */
    private PortfolioSweepPoint direct(double v) {
        Portfolio at = PortfolioSweepPlan.of(PortfolioSweepField.LEVY, portfolio, list("0")).portfolio();
        return PortfolioSweepPoint.of(v, ENGINE.run(PortfolioSweepField.LEVY.at(at, v), ProgressListener.NONE));
    }

    @Test
    void offersZeroToTwiceTheLevyNowAndTheFundsExhaustionAtTenPercent() {
        // the bundled fund's levy is L: the range offered is 0 to 2L, the target fund.exhaustionProbability=0.1
        double levy = portfolio.fund().contributionPercent();
        presenter(SweepKind.BREAK_EVEN, portfolio).open();
        assertEquals("0", view.settings.from());
        assertEquals(org.closureassurance.charts.BreakEvenSentence.value(2 * levy), view.settings.to());
        assertEquals("fund.exhaustionProbability=0.1", view.settings.target());
        assertEquals(Integer.toString(portfolio.simulation().iterations()), view.settings.iterations());
    }

    @Test
    void aSweepRunsACopyAtEachValueWithTheSeedKeptAndLeavesThePortfolioAsItWas() {
        PortfolioSweepPresenter p = presenter(SweepKind.SWEEP, portfolio);
        p.start(list("0, 1, 4"));
        assertEquals(1, queued.size(), "the runs wait for the background executor");
        runQueued();

        PortfolioSweepOutcome o = view.portfolioFinished;
        assertNotNull(o, view.problem);
        assertEquals(List.of("running", "idle", "finished"), view.events);
        // each point is exactly the engine's run of the copy at that value: same seed, same draws
        double[] values = {0, 1, 4};
        for (int i = 0; i < 3; i++) {
            assertEquals(direct(values[i]), o.sweep().points().get(i), "value " + values[i]);
        }
        // common random numbers: the levy enters only the fund's ledger, so the sites' shortfalls
        // are identical and more levy never leaves the fund dry in more futures
        List<PortfolioSweepPoint> pts = o.sweep().points();
        assertEquals(pts.get(0).totalShortfallMean(), pts.get(2).totalShortfallMean());
        assertTrue(pts.get(0).exhaustionProbability() >= pts.get(1).exhaustionProbability());
        assertTrue(pts.get(1).exhaustionProbability() >= pts.get(2).exhaustionProbability());
        assertEquals(3, o.rows().size());
        assertEquals("1", o.rows().get(1).get(0));
        assertEquals(List.of(PortfolioSweepCharts.EXHAUSTION, PortfolioSweepCharts.UNFUNDED_COST),
                o.charts().stream().map(NamedChart::name).toList());
        assertEquals(bundled(), portfolio, "the portfolio shown is untouched");
        assertEquals(N * 3L, view.progress.get(view.progress.size() - 1).total());
    }

    /**
     * The search's target is set halfway between the curve's ends, so it is crossed inside the
     * range. With common random numbers the exhaustion probability does not rise with the levy,
     * so every curve value more than the bisection's resolution below the crossing has not
     * reached the target and every one above it has.
     */
    @Test
    void aBreakEvenSearchAgreesWithTheCurveAndIsMarkedOnTheCharts() {
        double low = direct(0).exhaustionProbability();
        double high = direct(4).exhaustionProbability();
        assertTrue(low > high, "the levy moves the exhaustion probability: " + low + " to " + high);
        double target = (low + high) / 2;
        PortfolioSweepPresenter p = presenter(SweepKind.BREAK_EVEN, portfolio);
        p.start(search("0", "4", "5", String.format(Locale.ROOT, "fund.exhaustionProbability=%.6f", target)));
        runQueued();

        PortfolioSweepOutcome o = view.portfolioFinished;
        assertNotNull(o, view.problem);
        PortfolioBreakEven found = o.breakEven();
        assertEquals(BreakEven.Outcome.CROSSED, found.outcome());
        for (PortfolioSweepPoint pt : o.sweep().points()) {
            if (pt.value() < found.value() - found.resolution()) {
                assertTrue(pt.exhaustionProbability() > found.target().value(), "below at " + pt.value());
            } else if (pt.value() > found.value() + found.resolution()) {
                assertTrue(pt.exhaustionProbability() <= found.target().value(), "above at " + pt.value());
            }
        }
        assertTrue(o.statement().startsWith("fund.exhaustionProbability crosses "), o.statement());
        XYPlot plot = o.charts().get(0).chart().getXYPlot();
        assertEquals(found.value(), ((org.jfree.chart.plot.ValueMarker) plot.getDomainMarkers(Layer.FOREGROUND)
                .iterator().next()).getValue());
        assertEquals(1, plot.getDomainMarkers(Layer.BACKGROUND).size(), "the 95 % band");
        assertEquals(1, plot.getRangeMarkers(Layer.FOREGROUND).size(), "the target's line");
    }

    @Test
    void cancelStopsTheSweepAndLeavesThePortfolioAsItWas() {
        PortfolioSweepPresenter p = presenter(SweepKind.SWEEP, portfolio);
        p.start(list("0, 1, 4"));
        p.cancel();
        runQueued();
        assertEquals(List.of("running", "cancelling", "idle", "cancelled"), view.events);
        assertTrue(view.cancelled.contains("the portfolio is as it was"), view.cancelled);
        assertNull(p.outcome());
        assertFalse(p.isRunning());
        assertEquals(bundled(), portfolio);
    }

    @Test
    void refusesWhatCannotRunNamingTheFieldOrTheBox() {
        presenter(SweepKind.SWEEP, portfolio).start(list("1, -1"));
        assertEquals("Levy % (fund.contributionPercent): -1 is not a valid value here (a contribution percent is a "
                + "number >= 0).", view.problem);
        presenter(SweepKind.BREAK_EVEN, portfolio).start(search("0", "4", "5", "coverage=0.9"));
        assertTrue(view.problem.startsWith("Target: unknown target figure 'coverage' for a portfolio"), view.problem);
        presenter(SweepKind.BREAK_EVEN, portfolio).start(search("2", "1", "5", "fund.exhaustionProbability=0.1"));
        assertEquals("The range is empty: From 2 must be below To 1.", view.problem);
        presenter(SweepKind.SWEEP, null).start(list("1"));
        assertTrue(view.problem.startsWith("The portfolio has problems"), view.problem);
        Portfolio noFund = new Portfolio(portfolio.name(), null, null, null, portfolio.simulation(),
                portfolio.economics(), portfolio.economy(), portfolio.providers(), portfolio.sites(), null);
        presenter(SweepKind.SWEEP, noFund).start(list("1"));
        assertEquals("Levy % (fund.contributionPercent): the portfolio has no pooled fund to sweep.", view.problem);
        assertTrue(queued.isEmpty(), "nothing ran");
    }

    @Test
    void exportsTheTableAsCsvAndTheChartsAsPngAndSvg(@TempDir Path dir) throws IOException {
        PortfolioSweepPresenter p = presenter(SweepKind.SWEEP, portfolio);
        p.start(list("0, 2"));
        runQueued();
        assertEquals("sweep-fund-contributionpercent.csv", p.suggestedName(SweepPresenter.Export.CSV, null));
        Path csv = dir.resolve("s.csv");
        p.export(SweepPresenter.Export.CSV, null, csv);
        runQueued();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(PortfolioSweepCsv.HEADER, lines.get(0));
        assertEquals(3, lines.size());
        assertTrue(lines.get(2).startsWith("2,"), lines.get(2));
        Path png = dir.resolve("c.png");
        p.export(SweepPresenter.Export.PNG, PortfolioSweepCharts.EXHAUSTION, png);
        runQueued();
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(png), 4);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, head);
        Path svg = dir.resolve("c.svg");
        p.export(SweepPresenter.Export.SVG, PortfolioSweepCharts.UNFUNDED_COST, svg);
        runQueued();
        assertTrue(Files.readString(svg).contains("<svg"));
        assertEquals(svg, view.exported);
    }
}
