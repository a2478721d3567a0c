package org.closureassurance.charts;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.closureassurance.simulator.portfolio.Portfolio;
import org.closureassurance.simulator.sweep.PortfolioSweep;
import org.closureassurance.simulator.sweep.PortfolioSweepPoint;

/**
 * A self-contained HTML page for a portfolio sweep, in the portfolio report's style: the
 * question and its answer in one paragraph (how the fund's exhaustion probability and the
 * expected unfunded public cost move across the swept values, and which values keep the fund
 * from running dry in more than one future in ten), the charts as inline SVG, the sweep's table
 * as printed, and the SHA-256 of every file read. No clock is read: the caller gives the
 * timestamp, so the same inputs give the same page.
 *
 * <p>Sections, by id: {@value #ANSWER}, {@value #CHARTS}, {@value #TABLE}, {@value #REPRODUCIBILITY}.
 */
public final class PortfolioSweepReport {
    /** Section id: the question and the answer in one paragraph. */
    public static final String ANSWER = "answer";
    /** Section id: the sweep's charts. */
    public static final String CHARTS = "charts";
    /** Section id: the sweep's table as the command prints it. */
    public static final String TABLE = "sweep";
    /** Section id: files read with their SHA-256, seed, iterations, version and command. */
    public static final String REPRODUCIBILITY = "reproducibility";
    /** Every section id, in page order. */
    public static final List<String> SECTIONS = List.of(ANSWER, CHARTS, TABLE, REPRODUCIBILITY);

    /** The exhaustion probability the answer holds the values against: one future in ten. */
    static final double TOLERATED_EXHAUSTION = 0.1;

    private PortfolioSweepReport() {
    }

    /**
     * The page for {@code sweep} of {@code portfolio} (the portfolio as read, before any value was
     * set), printed as {@code table} and drawn as {@code charts}.
     */
    public static String html(Portfolio portfolio, PortfolioSweep sweep, String table, List<NamedChart> charts,
                              PortfolioReportContext ctx) {
        Objects.requireNonNull(ctx, "ctx");
        StringBuilder out = new StringBuilder(256 * 1024);
        ReportPage.open(out, "Closure assurance portfolio sweep", portfolio.name(), portfolio.description());
        String question = "How do the pooled fund and the public's exposure change as " + sweep.input()
                + " changes?";
        ReportPage.section(out, ANSWER, "Question and answer", "<p class=\"question\">" + Html.escape(question)
                + "</p>\n<p class=\"answer\">" + Html.escape(answer(portfolio, sweep)) + "</p>\n"
                + Html.paragraph("Each value is a full run of the portfolio with " + sweep.input() + " set to it; "
                + "every other input is drawn identically in every run (common random numbers), so the differences "
                + "between values come from the input and not from sampling noise. "
                + String.format(Locale.ROOT, "%,d iterations a run, seed %d.",
                portfolio.simulation().iterations(), portfolio.simulation().seed())));
        StringBuilder figures = new StringBuilder();
        int n = 1;
        for (NamedChart c : charts) {
            figures.append(AssuranceReport.figure(c, "Figure " + n++));
        }
        ReportPage.section(out, CHARTS, "Charts", figures.toString());
        ReportPage.section(out, TABLE, "Sweep", "<pre>" + Html.escape(table) + "</pre>\n");
        ReportPage.section(out, REPRODUCIBILITY, "Reproducibility", reproducibility(portfolio, ctx));
        ReportPage.close(out);
        return out.toString();
    }

    /**
     * The answer in words, e.g. "Across fund/contributionPercent from 0 to 4, the fund runs dry
     * within 30 years in 62 % of futures at 0 and 8 % at 4, and the expected unfunded public cost
     * goes from AUD 3.1 million to AUD 0.4 million. The lowest value swept at which the fund runs
     * dry in at most 10 % of futures is 4." Without a fund, only the cost.
     */
    public static String answer(Portfolio portfolio, PortfolioSweep sweep) {
        List<PortfolioSweepPoint> points = sweep.points();
        PortfolioSweepPoint first = points.get(0);
        PortfolioSweepPoint last = points.get(points.size() - 1);
        MoneyFormat words = new MoneyFormat(portfolio.currency() == null || portfolio.currency().isBlank() ? "USD"
                : portfolio.currency(),
                MoneyFormat.Style.WORDS);
        String at = "Across " + sweep.input() + " from " + BreakEvenSentence.value(first.value()) + " to "
                + BreakEvenSentence.value(last.value());
        String cost = "the expected unfunded public cost goes from " + words.format(first.expectedUnfundedPublicCost())
                + " to " + words.format(last.expectedUnfundedPublicCost()) + ".";
        if (!Double.isFinite(first.exhaustionProbability())) {
            return at + ", with no pooled fund, " + cost;
        }
        String sentence = at + ", the fund runs dry within " + portfolio.simulation().horizonYears() + " years in "
                + NumberText.percent(first.exhaustionProbability()) + " of futures at " + BreakEvenSentence.value(first.value())
                + " and " + NumberText.percent(last.exhaustionProbability()) + " at " + BreakEvenSentence.value(last.value())
                + ", and " + cost;
        double lowest = points.stream().filter(p -> p.exhaustionProbability() <= TOLERATED_EXHAUSTION)
                .mapToDouble(PortfolioSweepPoint::value).min().orElse(Double.NaN);
        return sentence + (Double.isNaN(lowest)
                ? " No value swept keeps the fund from running dry in more than 10 % of futures."
                : " The lowest value swept at which the fund runs dry in at most 10 % of futures is "
                        + BreakEvenSentence.value(lowest) + ".");
    }

    private static String reproducibility(Portfolio portfolio, PortfolioReportContext ctx) {
        Html.Table t = new Html.Table(null, "figures", "Item", "Value");
        if (ctx.files().isEmpty()) {
            t.row("Files read", "not recorded (portfolio not saved)");
        }
        for (SourceFile f : ctx.files()) {
            t.row(Character.toUpperCase(f.role().charAt(0)) + f.role().substring(1) + " file " + f.path()
                    + " SHA-256", Html.code(f.sha256().toLowerCase(Locale.ROOT)));
        }
        t.row("Seed", Long.toString(portfolio.simulation().seed()));
        t.row("Iterations a run", ReportFigures.count(portfolio.simulation().iterations()));
        t.row("Report written by", "Closure Assurance " + ReportPage.orNotRecorded(ctx.toolVersion()));
        t.row("Command", ctx.command() == null || ctx.command().isBlank() ? "not recorded (run from the desktop app)"
                : Html.code(ctx.command()));
        t.row("Report generated", ReportPage.orNotRecorded(ctx.generatedAt()));
        return t.render() + Html.paragraph("The same files, seed, iteration count and values give bit-identical "
                + "figures on any number of threads.");
    }
}
