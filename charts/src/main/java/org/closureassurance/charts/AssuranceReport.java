package org.closureassurance.charts;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.results.Distributions;
import org.closureassurance.simulator.results.DomainResult;
import org.closureassurance.simulator.results.InstrumentResult;
import org.closureassurance.simulator.results.Interval;
import org.closureassurance.simulator.results.RequiredAssurance;
import org.closureassurance.simulator.results.RunInfo;
import org.closureassurance.simulator.results.Sensitivity;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.results.Stats;
import org.closureassurance.simulator.results.WaterStreamResult;

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
 * <p>Sections, by id: {@value #ANSWER}, {@value #HEADLINE}, {@value #CHARTS}, {@value #ASSUMPTIONS},
 * {@value #SENSITIVITY}, {@value #WATER}, {@value #REHABILITATION}, {@value #REPRODUCIBILITY}; each
 * chart is a {@code figure} with id {@code chart-NAME} ({@link ChartSet} names).
 */
public final class AssuranceReport {

    /** Section id: the question and the one-sentence answer. */
    public static final String ANSWER = "answer";
    /** Section id: headline figures and the instruments at forfeiture. */
    public static final String HEADLINE = "headline";
    /** Section id: every chart of the {@link ChartSet}. */
    public static final String CHARTS = "charts";
    /** Section id: every scenario input in words. */
    public static final String ASSUMPTIONS = "assumptions";
    /** Section id: inputs ranked by rank correlation with the liability. */
    public static final String SENSITIVITY = "sensitivity";
    /** Section id: water-treatment streams. */
    public static final String WATER = "water";
    /** Section id: rehabilitation domains. */
    public static final String REHABILITATION = "rehabilitation";
    /** Section id: seed, iterations, sampling, generator, scenario hash and versions. */
    public static final String REPRODUCIBILITY = "reproducibility";

    /** Every section id, in page order. */
    public static final List<String> SECTIONS =
            List.of(ANSWER, HEADLINE, CHARTS, ASSUMPTIONS, SENSITIVITY, WATER, REHABILITATION, REPRODUCIBILITY);

    /** Layout size of the embedded charts, in points; CSS scales them to the page width. */
    static final int CHART_WIDTH = 760;
    static final int CHART_HEIGHT = 440;

    private static final String NOT_DEFINED = "undefined (no iteration forfeited)";
    /** The effect of an input whose rank correlation this run cannot tell from zero. */
    static final String NOT_DISTINGUISHABLE = "not distinguishable from 0 at this iteration count";

    private final Scenario scenario;
    private final SimulationResults results;
    private final ReportContext ctx;
    private final ChartOptions options;
    private final String currency;
    private final MoneyFormat money;

    private AssuranceReport(Scenario scenario, SimulationResults results, ReportContext ctx, ChartOptions options) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.results = Objects.requireNonNull(results, "results");
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.options = Objects.requireNonNull(options, "options");
        this.currency = options.currencyFor(results);
        this.money = new MoneyFormat(currency);
    }

    /** The report page with default chart options. */
    public static String html(Scenario scenario, SimulationResults results, ReportContext ctx) {
        return html(scenario, results, ctx, ChartOptions.DEFAULT);
    }

    /** The report page of {@code results}, simulated from {@code scenario}, with the given chart options. */
    public static String html(Scenario scenario, SimulationResults results, ReportContext ctx, ChartOptions options) {
        return new AssuranceReport(scenario, results, ctx, options).render();
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
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Closure assurance report: ").append(Html.escape(name)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
        out.append("<header>\n<p class=\"kicker\">Closure assurance report</p>\n<h1>").append(Html.escape(name))
                .append("</h1>\n");
        if (scenario.description() != null && !scenario.description().isBlank()) {
            out.append("<p class=\"description\">").append(Html.escape(scenario.description())).append("</p>\n");
        }
        out.append("</header>\n");
        section(out, ANSWER, "Question and answer", answerSection());
        section(out, HEADLINE, "Headline figures", headline() + instrumentsAtForfeiture());
        section(out, CHARTS, "Charts", charts());
        section(out, ASSUMPTIONS, "Assumptions", new AssumptionsSection(scenario, currency).render());
        section(out, SENSITIVITY, "Sensitivity", sensitivity());
        section(out, WATER, "Water treatment", water());
        section(out, REHABILITATION, "Rehabilitation", rehabilitation());
        section(out, REPRODUCIBILITY, "Reproducibility", reproducibility());
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void section(StringBuilder out, String id, String title, String body) {
        out.append("<section id=\"").append(id).append("\">\n<h2>").append(Html.escape(title)).append("</h2>\n")
                .append(body).append("</section>\n");
    }

    private String answerSection() {
        return "<p class=\"question\">" + Html.escape("If the operator of " + scenario.name()
                + " walks away, will the financial assurance held pay for closing the mine?") + "</p>\n"
                + "<p class=\"answer\">" + Html.escape(answer(results, currency)) + "</p>\n"
                + Html.paragraph("Money is in " + currency + " at base-year prices. Liability, assurance and "
                + "shortfall are valued at the year the operator walks away; present values at the base year.");
    }

    private String headline() {
        Stats liability = stats(results.liability());
        Stats assurance = stats(results.assurance());
        Stats shortfall = stats(results.shortfall());
        Stats costPV = stats(results.costPV());
        RequiredAssurance required = required(results);
        Distributions d = results.distributions();
        Interval ci = results.coverageProbabilityCI95() == null ? Interval.UNDEFINED : results.coverageProbabilityCI95();
        long forfeiting = liability.count();
        Html.Table t = new Html.Table("Precision: the standard error (SE) of a mean or probability, or an "
                + "approximate 95 % interval for a percentile, from the Monte Carlo sampling alone; more "
                + "iterations narrow it", "figures", "Figure", "Value", "Precision", "Over");
        t.row("Probability of forfeiture", NumberText.percent(results.forfeitureProbability()),
                proportionError(results.forfeitureProbability(), results.iterations()), "all iterations");
        t.row("Probability the assurance covers the liability, P(A ≥ L)",
                Double.isNaN(results.coverageProbability()) ? NOT_DEFINED
                        : NumberText.percent(results.coverageProbability()) + " (95 % interval "
                        + NumberText.percentRange(ci.lower(), ci.upper()) + ")",
                proportionError(results.coverageProbability(), forfeiting), "forfeiting iterations");
        t.row("Expected public cost (shortfall, present value)", money(results.expectedPublicCost()),
                meanError(stats(results.publicCost())), "all iterations (zero without forfeiture)");
        double[] l = d == null ? null : d.liability();
        t.row("Walk-away liability: median (P50)", money(liability.p50()), interval(l, 0.50, forfeiting),
                "forfeiting iterations");
        t.row("Walk-away liability: P90", money(liability.p90()), interval(l, 0.90, forfeiting),
                "forfeiting iterations");
        t.row("Walk-away liability: P95", money(liability.p95()), interval(l, 0.95, forfeiting),
                "forfeiting iterations");
        t.row("Realisable assurance: median (P50)", money(assurance.p50()),
                interval(d == null ? null : d.assurance(), 0.50, forfeiting), "forfeiting iterations");
        t.row("Shortfall: mean", money(shortfall.mean()), meanError(shortfall), "forfeiting iterations");
        double[] s = d == null ? null : d.shortfall();
        for (int i = 0; i < RequiredAssurance.LEVELS.length; i++) {
            double q = RequiredAssurance.LEVELS[i];
            t.row("Additional assurance needed for " + Math.round(100 * q) + " % cover", money(required.at(i)),
                    interval(s, q, forfeiting), "forfeiting iterations");
        }
        t.row("Present value of the closure package: mean", money(costPV.mean()), meanError(costPV), "all iterations");
        double[] pv = d == null ? null : d.costPV();
        t.row("Present value of the closure package: P50 / P90",
                money(costPV.p50()) + " / " + money(costPV.p90()),
                interval(pv, 0.50, costPV.count()) + " / " + interval(pv, 0.90, costPV.count()), "all iterations");
        Stats undiscounted = stats(results.costUndiscounted());
        t.row("Closure package, undiscounted within the horizon: mean", money(undiscounted.mean()),
                meanError(undiscounted), "all iterations");
        t.row("Closure year: median", year(stats(results.closureYear()).p50()), "—", "all iterations");
        t.row("Relinquishment: median year", relinquishment(), "—", "iterations where it happens");
        return t.render();
    }

    /** {@code SE 0.3 %}: the binomial standard error {@code sqrt(p (1 - p) / n)} of a probability. */
    private static String proportionError(double p, long n) {
        return Double.isNaN(p) || n < 1 ? "—" : "SE " + NumberText.percent(Math.sqrt(p * (1 - p) / n));
    }

    /** {@code SE USD 152 k}: the standard error {@code sd / sqrt(n)} of a mean. */
    private String meanError(Stats s) {
        return Double.isNaN(s.standardError()) ? "—" : "SE " + money.format(s.standardError());
    }

    /** {@code USD 57.9–59.5 M}-style 95 % interval of a percentile ({@link PercentileInterval}). */
    private String interval(double[] percentiles, double p, long n) {
        Interval i = PercentileInterval.of(percentiles, p, n);
        return Double.isNaN(i.lower()) ? "—" : money.format(i.lower()) + " to " + money.format(i.upper());
    }

    private String relinquishment() {
        Stats r = stats(results.relinquishmentYear());
        String never = NumberText.percent(results.relinquishmentNeverProbability());
        if (r.isEmpty()) {
            return "never in any iteration (a perpetual water stream or a domain incomplete at the horizon)";
        }
        return year(r.p50()) + "; P90 " + year(r.p90()) + "; never in " + never + " of iterations";
    }

    private String instrumentsAtForfeiture() {
        if (results.instruments().isEmpty()) {
            return Html.paragraph("No assurance instruments are held.");
        }
        Html.Table t = new Html.Table("Assurance instruments at the forfeiture year (medians over forfeiting "
                + "iterations)", "figures", "Instrument", "Type", "Face", "Realisable", "Realisable, mean");
        for (InstrumentResult i : results.instruments()) {
            Stats face = stats(i.face());
            Stats real = stats(i.realisable());
            t.row(i.name(), i.type(), money(face.p50()), money(real.p50()), money(real.mean()));
        }
        return t.render();
    }

    private String charts() {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (NamedChart c : ChartSet.of(results, options).charts()) {
            n++;
            out.append("<figure id=\"chart-").append(c.name()).append("\">\n")
                    .append(ChartExport.svgElement(c.chart(), CHART_WIDTH, CHART_HEIGHT, "svg-" + c.name()))
                    .append("\n<figcaption><strong>Figure ").append(n).append(".</strong> ")
                    .append(Html.escape(c.caption())).append("</figcaption>\n</figure>\n");
        }
        return out.toString();
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
                    duration, money(pv.mean()), money(pv.p90()));
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
                    : year(c.p50()) + "; P10–P90 " + year(c.p10()) + " to " + year(c.p90());
            t.row(d.name(), completion, NumberText.percent(d.probabilityIncomplete()), money(pv.mean()),
                    money(pv.p90()));
        }
        return t.render();
    }

    private String reproducibility() {
        RunInfo run = results.run();
        Html.Table t = new Html.Table(null, "figures", "Item", "Value");
        t.row("Seed", Long.toString(results.seed()));
        t.row("Iterations", run == null ? count(results.iterations())
                : count(run.completedIterations()) + " of " + count(run.requestedIterations()) + " requested"
                + (run.cancelled() ? " (the run was cancelled early)" : ""));
        t.row("Sampling", results.sampling() == null ? "not recorded" : results.sampling().id());
        t.row("Random generator", run == null || run.generator() == null ? "not recorded" : run.generator());
        t.row("Scenario file SHA-256", ctx.scenarioSha256() == null ? "not recorded (scenario not saved)"
                : Html.code(ctx.scenarioSha256().toLowerCase(Locale.ROOT)));
        t.row("Simulated with", run == null || run.toolVersion() == null ? "not recorded"
                : "Closure Assurance " + run.toolVersion());
        t.row("Report written by", "Closure Assurance " + orNotRecorded(ctx.toolVersion()));
        if (run != null) {
            t.row("Threads and run time", run.threads() + " threads, "
                    + NumberText.number(run.elapsedSeconds(), 1) + " s");
        }
        t.row("Report generated", orNotRecorded(ctx.generatedAt()));
        t.row("Results format", SimulationResults.FORMAT);
        return t.render() + Html.paragraph("The same scenario file, seed, iteration count and sampling method give "
                + "bit-identical results on any number of threads.");
    }

    private String money(double x) {
        return Double.isNaN(x) ? NOT_DEFINED : money.format(x);
    }

    private String year(double y) {
        if (Double.isNaN(y)) {
            return NumberText.UNDEFINED;
        }
        String text = "year " + NumberText.number(y, 1);
        Integer base = scenario.baseYear();
        return base == null ? text : text + " (" + NumberText.number(base + y, 1) + ")";
    }

    private static String orNotRecorded(String s) {
        return s == null || s.isBlank() ? "not recorded" : s;
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static Stats stats(Stats s) {
        return s == null ? Stats.EMPTY : s;
    }

    private static RequiredAssurance required(SimulationResults r) {
        return r.requiredAdditionalAssurance() == null ? RequiredAssurance.UNDEFINED : r.requiredAdditionalAssurance();
    }

    private static final String STYLE = """
            body { margin: 0; background: #f6f6f4; color: #222; font: 15px/1.5 "DejaVu Sans", Helvetica, Arial, sans-serif; }
            main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 2rem 3rem; background: #fff; }
            h1 { font-size: 1.7rem; margin: 0.2rem 0 0.6rem; }
            h2 { font-size: 1.3rem; border-bottom: 2px solid #0072b2; padding-bottom: 0.2rem; margin-top: 2.2rem; }
            h3 { font-size: 1.05rem; margin-top: 1.5rem; }
            .kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.8rem; color: #555; margin: 0; }
            .description { color: #444; }
            .question { font-style: italic; }
            .answer { font-size: 1.2rem; font-weight: bold; border-left: 5px solid #d55e00; padding: 0.4rem 0.8rem; background: #fbf3ec; }
            table { border-collapse: collapse; width: 100%; margin: 0.8rem 0 1.2rem; font-size: 0.9rem; }
            caption { text-align: left; color: #555; font-size: 0.85rem; padding-bottom: 0.3rem; }
            th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid #ddd; }
            thead th { border-bottom: 2px solid #888; }
            tbody th { font-weight: normal; }
            table.figures td:nth-child(2) { white-space: nowrap; }
            code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 0.85em; background: #f0f0f0; padding: 0 0.2em; word-break: break-all; }
            figure { margin: 1.2rem 0 2rem; }
            figure svg { width: 100%; height: auto; display: block; border: 1px solid #e5e5e5; }
            figcaption { font-size: 0.9rem; color: #444; margin-top: 0.4rem; }
            @media print { body { background: #fff; } main { max-width: none; padding: 0; } figure, table { break-inside: avoid; } }
            """;
}
