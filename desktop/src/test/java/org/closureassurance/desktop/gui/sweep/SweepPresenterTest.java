package org.closureassurance.desktop.gui.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.closureassurance.charts.NamedChart;
import org.closureassurance.charts.SweepCharts;
import org.closureassurance.desktop.SweepScenario;
import org.closureassurance.desktop.gui.editor.ScenarioEditor;
import org.closureassurance.desktop.gui.form.FieldAddress;
import org.closureassurance.desktop.gui.form.ScenarioForm;
import org.closureassurance.desktop.gui.form.ScenarioForms;
import org.closureassurance.desktop.gui.form.ValueForm;
import org.closureassurance.scenarios.ScenarioReader;
import org.closureassurance.simulator.engine.MonteCarloEngine;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.model.InputField;
import org.closureassurance.simulator.model.InputKey;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.sweep.BreakEven;
import org.closureassurance.simulator.sweep.Sweep;
import org.closureassurance.simulator.sweep.SweepPoint;
import org.closureassurance.simulator.sweep.Target;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sweep dialog's presenter without a display: the settings it offers, the sweeps and
 * searches it runs (checked against closed forms), its refusals naming the field, Cancel that
 * leaves the editor as it was, and its exports.
 */
class SweepPresenterTest {
    private static final int N = 4000;
    private static final SweepField BOND = new SweepField("Amount", "assurance[0].amount",
            InputKey.of(InputField.INSTRUMENT_AMOUNT, "Bond"));
    private static final SweepField DISCOUNT = new SweepField("Discount rate", "economics.discountRate",
            InputKey.of(InputField.DISCOUNT_RATE));

    /** {@link SweepScenario}: a log-normal lump and a perpetual stream against a bond of 5 000. */
    static Scenario scenario() {
        return ScenarioReader.readString(SweepScenario.json(N)).scenarioOrThrow();
    }

    private final RecordingSweepView view = new RecordingSweepView();
    private final List<Runnable> queued = new ArrayList<>();
    private final AtomicLong clock = new AtomicLong();

    private SweepPresenter presenter(SweepField field, SweepKind kind, Scenario s, SweepEngine engine) {
        return new SweepPresenter(field, kind, () -> s, engine, queued::add, Runnable::run, clock::get, view);
    }

    private static SweepEngine engine() {
        return SweepEngine.on(new MonteCarloEngine(2, "test"));
    }

    private void runQueued() {
        while (!queued.isEmpty()) {
            queued.remove(0).run();
        }
    }

    private static SweepSettings list(SweepKind kind, String values) {
        return new SweepSettings(kind, SweepSettings.Spacing.LIST, "", "", "", values, Integer.toString(N), "");
    }

    @Test
    void offersTheInputsRangeAroundItsValueAndTheScenariosIterations() {
        // the bond is a plain 5 000: half to one and a half times it
        presenter(BOND, SweepKind.SWEEP, scenario(), engine()).open();
        assertEquals("2500", view.settings.from());
        assertEquals("7500", view.settings.to());
        assertEquals("11", view.settings.steps());
        assertEquals(Integer.toString(N), view.settings.iterations());
        assertEquals("coverage=0.9", view.settings.target());
        assertFalse(view.running);
    }

    @Test
    void sweepsOffTheUiThreadToTheClosedFormCoverage() {
        // L = lump + 120(1+r)/r at r = 5 %: lump + 2 520. Coverage at bond B is P(lump <= B - 2 520)
        // = Phi((ln(B - 2520) - mu)/sigma), sigma^2 = ln(1 + 0.16), mu = ln 1000 - sigma^2/2.
        // Tolerance: 4 binomial standard errors (fails by chance about once in 16,000 per point).
        SweepPresenter p = presenter(BOND, SweepKind.SWEEP, scenario(), engine());
        p.start(list(SweepKind.SWEEP, "3200, 3500, 4000"));
        assertEquals(List.of("running"), view.events, "nothing is run on the UI thread");
        assertEquals(1, queued.size());
        runQueued();

        assertEquals(List.of("running", "idle", "finished"), view.events);
        Sweep sweep = view.finished.sweep();
        double sigma = Math.sqrt(Math.log1p(0.16));
        double mu = Math.log(1000) - sigma * sigma / 2;
        NormalDistribution phi = new NormalDistribution(null, 0, 1);
        double[] bonds = {3200, 3500, 4000};
        for (int i = 0; i < bonds.length; i++) {
            SweepPoint point = sweep.points().get(i);
            double expected = phi.cumulativeProbability((Math.log(bonds[i] - 2520) - mu) / sigma);
            assertEquals(bonds[i], point.value());
            assertEquals(expected, point.coverageProbability(), 4 * Math.sqrt(expected * (1 - expected) / N));
        }
        List<NamedChart> charts = view.finished.charts();
        assertEquals(List.of(SweepCharts.COVERAGE, SweepCharts.REQUIRED_P90, SweepCharts.PUBLIC_COST),
                charts.stream().map(NamedChart::name).toList());
        assertEquals(3, charts.get(0).chart().getXYPlot().getDataset().getItemCount(0));
        assertEquals(3, view.finished.rows().size());
        assertEquals("3200", view.finished.rows().get(0).get(0));
        assertEquals(100, view.progress.get(view.progress.size() - 1).percent());
    }

    @Test
    void findsTheBreakEvenDiscountRateOfTheClosedFormAndMarksIt() {
        // With the lump's median exp(mu) = 928.5 against B = 5 000, coverage 0.5 is reached where
        // 120(1+r)/r = 5000 - 928.5: r* = 120 / (4071.5 - 120) = 0.03037; the stated interval holds it.
        SweepPresenter p = presenter(DISCOUNT, SweepKind.BREAK_EVEN, scenario(), engine());
        p.start(new SweepSettings(SweepKind.BREAK_EVEN, SweepSettings.Spacing.RANGE, "0.01", "0.1", "4", "", "4000",
                "coverage=0.5"));
        runQueued();

        BreakEven found = view.finished.breakEven();
        assertEquals(BreakEven.Outcome.CROSSED, found.outcome());
        double sigma = Math.sqrt(Math.log1p(0.16));
        double expected = 120 / (5000 - Math.exp(Math.log(1000) - sigma * sigma / 2) - 120);
        assertTrue(found.interval().lower() <= expected && expected <= found.interval().upper(),
                expected + " outside " + found.interval());
        assertEquals(4, view.finished.sweep().points().size());
        XYPlot coverage = view.finished.charts().get(0).chart().getXYPlot();
        ValueMarker line = (ValueMarker) coverage.getDomainMarkers(Layer.FOREGROUND).iterator().next();
        assertEquals(found.value(), line.getValue());
        assertEquals(1, coverage.getDomainMarkers(Layer.BACKGROUND).size(), "the crossing's band");
        assertTrue(view.finished.statement().startsWith("coverage crosses 0.5 at economics/discountRate = "),
                view.finished.statement());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-5, 4000 | | | Amount (assurance[0].amount): -5 is not a valid value here (assurance[0].amount: ",
        " | 5000 | 5000 | The range is empty: From 5000 must be below To 5000.",
        " | 5000 | lots | To: 'lots' is not a number.",
        " | | | From: '' is not a number.",
        "4000, x | | | Values: 'x' is not a number."})
    void refusesBadSettingsNamingTheFieldOrBoxWithoutRunning(String values, String from, String to, String message) {
        AtomicInteger runs = new AtomicInteger();
        SweepPresenter p = presenter(BOND, SweepKind.SWEEP, scenario(), counting(runs));
        SweepSettings s = values == null
                ? new SweepSettings(SweepKind.SWEEP, SweepSettings.Spacing.RANGE, from, to, "5", "", "100", "")
                : list(SweepKind.SWEEP, values);
        p.start(s);
        assertTrue(view.problem.startsWith(message), view.problem);
        assertTrue(queued.isEmpty());
        assertEquals(0, runs.get());
        assertFalse(view.events.contains("running"));
    }

    @Test
    void refusesAnInputTheScenarioLacksATargetItCannotReadAndAScenarioWithProblems() {
        SweepField missing = new SweepField("Amount", "assurance[1].amount",
                InputKey.of(InputField.INSTRUMENT_AMOUNT, "Nobond"));
        presenter(missing, SweepKind.SWEEP, scenario(), engine()).start(list(SweepKind.SWEEP, "1"));
        assertEquals("Amount (assurance[1].amount): the scenario has no input assurance/Nobond/amount to sweep.",
                view.problem);

        presenter(BOND, SweepKind.BREAK_EVEN, scenario(), engine()).start(new SweepSettings(SweepKind.BREAK_EVEN,
                SweepSettings.Spacing.RANGE, "1", "2", "3", "", "100", "fund.exhaustionProbability=0.1"));
        assertTrue(view.problem.startsWith("Target: unknown target figure 'fund.exhaustionProbability'"),
                view.problem);

        presenter(BOND, SweepKind.SWEEP, null, engine()).start(list(SweepKind.SWEEP, "1"));
        assertTrue(view.problem.startsWith("The scenario has problems"), view.problem);
        assertTrue(queued.isEmpty());
    }

    @Test
    void cancelStopsTheSweepAndLeavesTheEditorAsItWas() {
        ScenarioEditor editor = new ScenarioEditor(ScenarioForms.of(scenario()));
        editor.setField(FieldAddress.general("economics.discountRate"), ValueForm.constant("0.04"));
        ScenarioForm before = editor.form();
        boolean dirty = editor.isDirty();
        SweepPresenter p = new SweepPresenter(BOND, SweepKind.SWEEP, editor::scenario, engine(), queued::add,
                Runnable::run, clock::get, view);
        p.start(list(SweepKind.SWEEP, "3200, 3500, 4000"));
        p.cancel();
        assertEquals(List.of("running", "cancelling"), view.events);
        runQueued();

        assertEquals(List.of("running", "cancelling", "idle", "cancelled"), view.events);
        assertNull(view.finished);
        assertNull(p.outcome());
        assertFalse(p.isRunning());
        assertEquals(before, editor.form());
        assertEquals(dirty, editor.isDirty());
        editor.undo();
        assertEquals("0.05", editor.form().general().value("economics.discountRate")
                .parameter(org.closureassurance.desktop.gui.form.DistributionKind.constantParameter()),
                "the one undo step is the edit made before the sweep");
    }

    @Test
    void reportsProgressWithTimeLeftOverTheWholeSweep() {
        // a fake engine reporting half of each of 4 runs of 1 000 iterations at 1 s a run (a run
        // reports its own progress as part of the sweep's): half the sweep after 2 s, 2 s left
        AtomicInteger runs = new AtomicInteger();
        SweepEngine half = new SweepEngine() {
            @Override
            public Sweep line(Scenario s, InputKey key, double[] values, ProgressListener l) {
                clock.set(2_000_000_000L);
                l.progress(2000, 4000);
                return counting(runs).line(s, key, values, l);
            }

            @Override
            public BreakEven search(Scenario s, InputKey k, Target t, double from, double to, ProgressListener l) {
                throw new AssertionError("a sweep makes no search");
            }
        };
        presenter(BOND, SweepKind.SWEEP, scenario(), half).start(new SweepSettings(SweepKind.SWEEP,
                SweepSettings.Spacing.RANGE, "3000", "4000", "4", "", "1000", ""));
        runQueued();
        assertEquals(2000, view.progress.get(1).done());
        assertEquals(4000, view.progress.get(1).total());
        assertEquals(2.0, view.progress.get(1).secondsLeft(), 1e-9);
    }

    @Test
    void exportsTheTableAsCsvAndTheChartsAsPngAndSvg(@TempDir Path dir) throws IOException {
        SweepPresenter p = presenter(BOND, SweepKind.SWEEP, scenario(), engine());
        p.export(SweepPresenter.Export.CSV, null, dir.resolve("none.csv"));
        assertEquals("There is nothing to export yet: run the sweep first.", view.problem);
        p.start(list(SweepKind.SWEEP, "3200, 4000"));
        runQueued();

        Path csv = dir.resolve(p.suggestedName(SweepPresenter.Export.CSV, null));
        p.export(SweepPresenter.Export.CSV, null, csv);
        runQueued();
        assertEquals("sweep-assurance-bond-amount.csv", csv.getFileName().toString());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(SweepCsv.HEADER, lines.get(0));
        SweepPoint first = view.finished.sweep().points().get(0);
        assertTrue(lines.get(1).startsWith("3200,1,"), lines.get(1));
        assertTrue(lines.get(1).contains("," + org.closureassurance.desktop.gui.form.NumberText.of(
                first.coverageProbability()) + ","), lines.get(1));
        assertEquals(3, lines.size());

        Path png = dir.resolve("c.png");
        p.export(SweepPresenter.Export.PNG, SweepCharts.COVERAGE, png);
        runQueued();
        byte[] bytes = Files.readAllBytes(png);
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals("PNG", new String(bytes, 1, 3, StandardCharsets.US_ASCII));
        Path svg = dir.resolve("c.svg");
        p.export(SweepPresenter.Export.SVG, SweepCharts.PUBLIC_COST, svg);
        runQueued();
        assertTrue(Files.readString(svg).contains("<svg"));
        assertEquals(svg, view.exported);
    }

    /** An engine that counts its sweeps and answers with one made-up point per value. */
    private static SweepEngine counting(AtomicInteger runs) {
        return new SweepEngine() {
            @Override
            public Sweep line(Scenario s, InputKey key, double[] values, ProgressListener l) {
                runs.incrementAndGet();
                List<SweepPoint> points = new ArrayList<>();
                for (double v : values) {
                    points.add(new SweepPoint(v, 1, 0.5, new org.closureassurance.simulator.results.Interval(0.4, 0.6),
                            10, 1, new org.closureassurance.simulator.results.RequiredAssurance(0, 1, 2, 3, 4)));
                }
                return new Sweep(key.path(), points);
            }

            @Override
            public BreakEven search(Scenario s, InputKey k, Target t, double from, double to, ProgressListener l) {
                runs.incrementAndGet();
                throw new AssertionError("not searched in these tests");
            }
        };
    }
}
