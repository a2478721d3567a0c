package org.closureassurance.charts;

import static org.closureassurance.charts.ReportFigures.count;
import static org.closureassurance.charts.ReportFigures.required;
import static org.closureassurance.charts.ReportFigures.stats;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.results.DomainResult;
import org.closureassurance.simulator.results.Interval;
import org.closureassurance.simulator.results.RunInfo;
import org.closureassurance.simulator.results.Sensitivity;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.results.Stats;
import org.closureassurance.simulator.results.WaterStreamResult;
import org.closureassurance.simulator.sweep.Sweep;

/**
 * The assurance report: one self-contained HTML page that answers "will the assurance held
 * cover the walk-away liability?" in one sentence, backs the answer with the headline figures
 * and every chart, states every assumption in words, and ends with what is needed to reproduce
 * the run. A regulator can file it, mail it or print it: charts are inline SVG, the style
 * sheet is inline, and the page loads nothing and runs no script.
 *
 * <p>Everything the scenario's author wrote (names, descriptions, categories, units) is
 * HTML-escaped. The page depends only on its arguments (the generation time comes from the
 * {@link ReportContext}), so the same inputs give the same bytes.
 *
 * <p>Sections, by id: {@value #ANSWER}, {@value #HEADLINE}, {@value #RULES}, {@value #CHARTS}, {@value #ASSUMPTIONS},
 * {@value #SENSITIVITY}, {@value #WATER}, {@value #REHABILITATION}, {@value #REPRODUCIBILITY}; each
 * chart is a {@code figure} with id {@code chart-NAME} ({@link ChartSet} names). A report asked
 * for with a sweep also has the section {@value #SWEEP}, before the reproducibility section.
 */
public final class AssuranceReport {

    /** Section id: the question and the one-sentence answer. */
    public static final String ANSWER = "answer";
    /** Section id: headline figures and the instruments at forfeiture. */
    public static final String HEADLINE = "headline";
    /** Section id: the base estimate and what each regulatory rule would demand. */
    public static final String RULES = "rules";
    /** Section id: every chart of the {@link ChartSet}. */
    public static final String CHARTS = "charts";
    /** Section id: every scenario input in words. */
    public static final String ASSUMPTIONS = "assumptions";
    /** Section id: inputs ranked by rank correlation with the liability. */
    public static final String SENSITIVITY = "sensitivity";
    /** Section id: water-treatment streams. */
    public static final String WATER = "water";
    /** Section id: rehabilitation domains. */
    public static final String REHABILITATION = "rehabilitation"; // the report section's id, not the field
    /** Section id: seed, iterations, sampling, generator, scenario hash and versions. */
    public static final String REPRODUCIBILITY = "reproducibility";

    /** Section id of the optional sweep: the headline figures against one input's values. */
    public static final String SWEEP = "sweep";

    /** Every section id, in page order (the optional {@value #SWEEP} is not among them). */
    public static final List<String> SECTIONS =
            List.of(ANSWER, HEADLINE, RULES, CHARTS, ASSUMPTIONS, SENSITIVITY, WATER, REHABILITATION, REPRODUCIBILITY);

    /** Layout size of the embedded charts, in points; CSS scales them to the page width. */
    static final int CHART_WIDTH = 760;
    static final int CHART_HEIGHT = 440;

    /** The effect of an input whose rank correlation this run cannot tell from zero. */
    static final String NOT_DISTINGUISHABLE = "not distinguishable from 0 at this iteration count";

    private final Scenario scenario;
    private final SimulationResults results;
    private final ReportContext ctx;
    private final ChartOptions options;
    private final String currency;
    private final ReportFigures figures;
    /** The same scenario run with every driver's weight 0 on the same seed; null when not run. */
    private final SimulationResults independent;
    /** The sweep of the optional section; null for none. */
    private final Sweep sweep;

    private AssuranceReport(Scenario scenario, SimulationResults results, SimulationResults independent,
                            ReportContext ctx, ChartOptions options, Sweep sweep) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.results = Objects.requireNonNull(results, "results");
        this.independent = independent;
        this.sweep = sweep;
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.options = Objects.requireNonNull(options, "options");
        this.currency = options.currencyFor(results);
        this.figures = new ReportFigures(currency, scenario.baseYear());
    }

    /** The report page with default chart options. */
    public static String html(Scenario scenario, SimulationResults results, ReportContext ctx) {
        return html(scenario, results, ctx, ChartOptions.DEFAULT);
    }

    /** The report page of {@code results}, simulated from {@code scenario}, with the given chart options. */
    public static String html(Scenario scenario, SimulationResults results, ReportContext ctx, ChartOptions options) {
        return new AssuranceReport(scenario, results, null, ctx, options, null).render();
    }

    /**
     * The report page of {@code results} with a sentence on systemic risk: {@code independent}
     * is the same scenario run with every driver's weight set to 0 on the same seed
     * ({@link SystemicRiskSentence}).
     */
    public static String html(Scenario scenario, SimulationResults results, SimulationResults independent,
                              ReportContext ctx) {
        return new AssuranceReport(scenario, results, Objects.requireNonNull(independent, "independent"), ctx,
                ChartOptions.DEFAULT, null).render();
    }

    /**
     * The report page of {@code results} with a sweep section: {@code sweep} is the same
     * scenario run once per value of one input with common random numbers. {@code independent}
     * is as for the sentence on systemic risk, or null for none.
     */
    public static String html(Scenario scenario, SimulationResults results, SimulationResults independent,
                              ReportContext ctx, Sweep sweep) {
        return new AssuranceReport(scenario, results, independent, ctx, ChartOptions.DEFAULT,
                Objects.requireNonNull(sweep, "sweep")).render();
    }

    /**
     * The answer in one sentence, e.g. "With the assurance held, the probability that it covers
     * the walk-away liability is 62 % (95 % interval 61–63 %); covering 90 % of outcomes needs
     * USD 20.1 million more."
     */
    public static String answer(SimulationResults results, String currency) {
        Stats liability = stats(results.liability());
        double coverage = results.coverageProbability();
        if (liability.isEmpty() || Double.isNaN(coverage)) {
            return "No iteration forfeited: in none of the " + count(results.iterations())
                    + " iterations did the operator walk away within the horizon, so the assurance was never "
                    + "called on and no shortfall arises.";
        }
        Interval ci = results.coverageProbabilityCI95() == null ? Interval.UNDEFINED : results.coverageProbabilityCI95();
        String start = results.forfeitureProbability() >= 1
                ? "With the assurance held, the probability that it covers the walk-away liability is "
                : "If the operator walks away (as in " + NumberText.percent(results.forfeitureProbability())
                        + " of iterations), the probability that the assurance held covers the walk-away liability is ";
        String sentence = start + NumberText.percent(coverage);
        if (!Double.isNaN(ci.lower())) {
            sentence += " (95 % interval " + NumberText.percentRange(ci.lower(), ci.upper()) + ")";
        }
        double p90 = required(results).p90();
        if (Double.isNaN(p90)) {
            return sentence + ".";
        }
        if (p90 <= 0) {
            return sentence + "; it already covers at least 90 % of outcomes.";
        }
        return sentence + "; covering 90 % of outcomes needs "
                + new MoneyFormat(currency, MoneyFormat.Style.WORDS).format(p90) + " more.";
    }

    private String render() {
        StringBuilder out = new StringBuilder(256 * 1024);
        String name = scenario.name();
        ReportPage.open(out, "Closure assurance report", name, scenario.description());
        section(out, ANSWER, "Question and answer", answerSection());
        section(out, HEADLINE, "Headline figures", new HeadlineSection(results, figures).render());
        section(out, RULES, "Regulatory rules", new RulesSection(results, currency, figures).render());
        section(out, CHARTS, "Charts", charts());
        section(out, ASSUMPTIONS, "Assumptions", new AssumptionsSection(scenario, currency).render());
        section(out, SENSITIVITY, "Sensitivity", sensitivity());
        section(out, WATER, "Water treatment", water());
        section(out, REHABILITATION, "Rehabilitation", rehabilitation());
        if (sweep != null) {
            section(out, SWEEP, "Sweep of " + sweep.input(), new SweepSection(sweep, scenario.simulation().iterations(),
                    currency, figures).render());
        }
        section(out, REPRODUCIBILITY, "Reproducibility", reproducibility());
        ReportPage.close(out);
        return out.toString();
    }

    private static void section(StringBuilder out, String id, String title, String body) {
        ReportPage.section(out, id, title, body);
    }

    private String answerSection() {
        return "<p class=\"question\">" + Html.escape("If the operator of " + scenario.name()
                + " walks away, will the financial assurance held pay for closing the mine?") + "</p>\n"
                + "<p class=\"answer\">" + Html.escape(answer(results, currency)) + "</p>\n"
                + (independent == null ? "" : Html.paragraph(SystemicRiskSentence.of(results, independent, currency)))
                + Html.paragraph("Money is in " + currency + " at base-year prices. Liability, assurance and "
                + "shortfall are valued at the year the operator walks away; present values at the base year.");
    }

    private String charts() {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (NamedChart c : ChartSet.of(results, options).charts()) {
            n++;
            out.append(figure(c, "Figure " + n));
        }
        return out.toString();
    }

    /** A chart as a numbered figure: inline SVG with id {@code chart-NAME} and its caption after {@code number}. */
    static String figure(NamedChart c, String number) {
        return "<figure id=\"chart-" + c.name() + "\">\n"
                + ChartExport.svgElement(c.chart(), CHART_WIDTH, CHART_HEIGHT, "svg-" + c.name())
                + "\n<figcaption><strong>" + number + ".</strong> " + Html.escape(c.caption())
                + "</figcaption>\n</figure>\n";
    }

    private String sensitivity() {
        List<Sensitivity> ranked = SensitivityTornadoChart.top(results.sensitivity(), Integer.MAX_VALUE);
        if (ranked.isEmpty()) {
            return Html.paragraph(stats(results.liability()).isEmpty()
                    ? "No iteration forfeited: there is no liability to rank inputs against."
                    : "No sampled input has a defined rank correlation with the liability.");
        }
        long n = stats(results.liability()).count();
        Html.Table t = new Html.Table("Inputs ranked by the magnitude of their Spearman rank correlation with the "
                + "walk-away liability, over " + count(n) + " forfeiting iterations. A correlation is "
                + "distinguishable from 0 at the 5 % level when its magnitude is at least 1.96 / √(n − 1) = "
                + String.format(Locale.ROOT, "%.3f", SpearmanSignificance.threshold(n))
                + "; smaller ones are given no direction", "figures",
                "Rank", "Input", "Path", "Rank correlation", "Effect");
        int rank = 0;
        for (Sensitivity s : ranked) {
            rank++;
            t.row(Integer.toString(rank), InputLabels.label(s.input()), Html.code(s.input()),
                    String.format(Locale.ROOT, "%+.3f", s.spearman()), effect(s.spearman(), n));
        }
        return t.render();
    }

    /** The direction of a rank correlation, or that this run cannot tell it from none. */
    static String effect(double rho, long n) {
        if (!SpearmanSignificance.isDistinguishable(rho, n)) {
            return NOT_DISTINGUISHABLE;
        }
        return rho > 0 ? "higher input, higher liability" : "higher input, lower liability";
    }

    private String water() {
        if (results.waterTreatment().isEmpty()) {
            return Html.paragraph("The scenario has no post-closure water treatment.");
        }
        Html.Table t = new Html.Table("Duration is over finite runs only; present value at the base year over all "
                + "iterations, zero where the stream is not needed", "figures",
                "Stream", "Needed", "Perpetual", "Duration: median (P10–P90)", "Present value: mean",
                "Present value: P90");
        for (WaterStreamResult w : results.waterTreatment()) {
            Stats d = stats(w.durationYears());
            Stats pv = stats(w.pv());
            String duration = d.isEmpty() ? "no finite runs"
                    : NumberText.number(d.p50(), 1) + " years (" + NumberText.number(d.p10(), 1) + "–"
                    + NumberText.number(d.p90(), 1) + ")";
            t.row(w.name(), NumberText.percent(w.probabilityRequired()), NumberText.percent(w.perpetualProbability()),
                    duration, figures.money(pv.mean()), figures.money(pv.p90()));
        }
        return t.render();
    }

    private String rehabilitation() {
        if (results.rehabilitation().isEmpty()) {
            return Html.paragraph("The scenario has no rehabilitation domains.");
        }
        Html.Table t = new Html.Table("Completion is the first year the condition index reaches the target; "
                + "years after the base year", "figures",
                "Domain", "Completion: median (P10–P90)", "Incomplete at horizon", "Present value: mean",
                "Present value: P90");
        for (DomainResult d : results.rehabilitation()) {
            Stats c = stats(d.completionYear());
            Stats pv = stats(d.pv());
            String completion = c.isEmpty() ? "never within the horizon"
                    : figures.year(c.p50()) + "; P10–P90 " + figures.year(c.p10()) + " to " + figures.year(c.p90());
            t.row(d.name(), completion, NumberText.percent(d.probabilityIncomplete()), figures.money(pv.mean()),
                    figures.money(pv.p90()));
        }
        return t.render();
    }

    private String reproducibility() {
        RunInfo run = results.run();
        Html.Table t = new Html.Table(null, "figures", "Item", "Value");
        ReportPage.addDrawRows(t, results.seed(), results.iterations(), results.sampling(), run);
        t.row("Scenario file SHA-256", ctx.scenarioSha256() == null ? "not recorded (scenario not saved)"
                : Html.code(ctx.scenarioSha256().toLowerCase(Locale.ROOT)));
        ReportPage.addToolRows(t, run, ctx.toolVersion());
        t.row("Report generated", ReportPage.orNotRecorded(ctx.generatedAt()));
        t.row("Results format", SimulationResults.FORMAT);
        return t.render() + Html.paragraph("The same scenario file, seed, iteration count and sampling method give "
                + "bit-identical results on any number of threads.");
    }

}
