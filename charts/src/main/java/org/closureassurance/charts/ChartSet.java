package org.closureassurance.charts;

import java.util.ArrayList;
import java.util.List;
import org.closureassurance.simulator.results.SimulationResults;

/**
 * Every chart of one run, named for files and reports: what the command line's
 * {@code --charts DIR} writes (one PNG and one SVG per chart) and what the HTML report embeds.
 * The four charts about liability and assurance are always present (with a note when there is
 * nothing to show); the water and rehabilitation charts only when the results have water
 * streams or rehabilitation domains, and the wrong-way chart only when they have economic factors.
 */
public final class ChartSet implements ChartList {

    /** {@link LiabilityDistributionChart}. */
    public static final String LIABILITY_DISTRIBUTION = "liability-distribution";
    /** {@link CoverageTimelineChart}. */
    public static final String COVERAGE_TIMELINE = "coverage-timeline";
    /** {@link BondSizingCurveChart}. */
    public static final String BOND_SIZING_CURVE = "bond-sizing-curve";
    /** {@link SensitivityTornadoChart}. */
    public static final String SENSITIVITY = "sensitivity";
    /** {@link WaterTreatmentChart#duration}. */
    public static final String WATER_TREATMENT_DURATION = "water-treatment-duration";
    /** {@link WaterTreatmentChart#presentValue}. */
    public static final String WATER_TREATMENT_VALUE = "water-treatment-value";
    /** {@link RehabilitationChart}. */
    public static final String REHABILITATION_COMPLETION = "rehabilitation-completion";
    /** {@link ConditionRecoveryChart}. */
    public static final String CONDITION_RECOVERY = "condition-recovery";
    /** {@link WrongWayChart}. */
    public static final String WRONG_WAY = "wrong-way";

    private final List<NamedChart> charts;

    private ChartSet(List<NamedChart> charts) {
        this.charts = List.copyOf(charts);
    }

    /** The charts of {@code results} with default options. */
    public static ChartSet of(SimulationResults results) {
        return of(results, ChartOptions.DEFAULT);
    }

    /** The charts of {@code results}, in reading order. */
    public static ChartSet of(SimulationResults results, ChartOptions options) {
        List<NamedChart> out = new ArrayList<>();
        out.add(new NamedChart(LIABILITY_DISTRIBUTION,
                "Distribution of the walk-away liability over forfeiting iterations, with its cumulative "
                        + "S-curve, the median realisable assurance and the bond needed for 90 % cover.",
                LiabilityDistributionChart.create(results, options)));
        out.add(new NamedChart(COVERAGE_TIMELINE,
                "Walk-away liability and realisable assurance by year (P10–P90 bands and medians), with "
                        + "the probability that the assurance covers the liability in each year.",
                CoverageTimelineChart.create(results, options)));
        out.add(new NamedChart(BOND_SIZING_CURVE,
                "Probability of cover against cash added to the assurance held, with the amounts for "
                        + "80, 90 and 95 % cover.",
                BondSizingCurveChart.create(results, options)));
        out.add(new NamedChart(SENSITIVITY,
                "The inputs whose uncertainty moves the walk-away liability most (Spearman rank "
                        + "correlation over forfeiting iterations).",
                SensitivityTornadoChart.create(results, options)));
        if (!results.waterTreatment().isEmpty()) {
            out.add(new NamedChart(WATER_TREATMENT_DURATION,
                    "Duration of finite treatment runs of each water-treatment stream, with how often each is "
                            + "needed and perpetual.",
                    WaterTreatmentChart.duration(results, options)));
            out.add(new NamedChart(WATER_TREATMENT_VALUE,
                    "Present value at the base year of each water-treatment stream, zero where it is not needed.",
                    WaterTreatmentChart.presentValue(results, options)));
        }
        if (!results.rehabilitation().isEmpty()) {
            out.add(new NamedChart(REHABILITATION_COMPLETION,
                    "Year in which each rehabilitation domain reaches its target condition.",
                    RehabilitationChart.create(results, options)));
            out.add(new NamedChart(CONDITION_RECOVERY,
                    "Condition index of each rehabilitation domain by year (P10–P90 and median) against "
                            + "its target.",
                    ConditionRecoveryChart.create(results, options)));
        }
        if (!results.economy().isEmpty()) {
            out.add(new NamedChart(WRONG_WAY,
                    "Coverage probability of the walk-aways, and their share, by the decile of each economic "
                            + "factor in the forfeiture year: wrong-way risk shows as walk-aways crowding into the "
                            + "worst deciles.",
                    WrongWayChart.create(results, options)));
        }
        return new ChartSet(out);
    }

    @Override
    public List<NamedChart> charts() {
        return charts;
    }
}
