package org.closureassurance.charts;

import java.util.List;
import org.closureassurance.simulator.model.Scenario;

/**
 * A self-contained HTML page for a sweep: the scenario, the sweep's table as printed, and its
 * charts as inline SVG, in the assurance report's style, with what the report states about
 * its making. No clock is read: the caller gives the timestamp.
 */
public final class SweepReport {
    /** The section's id in the page. */
    public static final String SECTION = "sweep";

    private SweepReport() {
    }

    /** The page for a sweep of {@code scenario} printed as {@code table} and drawn as {@code charts}. */
    public static String html(Scenario scenario, String table, List<NamedChart> charts, ReportContext ctx) {
        StringBuilder out = new StringBuilder(128 * 1024);
        String name = scenario.name();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Closure assurance sweep: ").append(Html.escape(name)).append("</title>\n")
                .append("<style>\n").append(ReportStyle.CSS).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<header>\n<p class=\"kicker\">Closure assurance sweep</p>\n<h1>").append(Html.escape(name))
                .append("</h1>\n</header>\n");
        out.append("<section id=\"").append(SECTION).append("\">\n<h2>Sweep</h2>\n")
                .append(Html.paragraph("Each row is a full run of the scenario with the input held at the value; "
                        + "every other input is drawn identically in every run (common random numbers), so the "
                        + "differences between rows come from the input and not from sampling noise. "
                        + String.format(java.util.Locale.ROOT, "%,d iterations a run, seed %d.",
                        scenario.simulation().iterations(), scenario.simulation().seed())))
                .append("<pre>").append(Html.escape(table)).append("</pre>\n");
        int n = 1;
        for (NamedChart c : charts) {
            out.append(AssuranceReport.figure(c, "Figure " + n++));
        }
        out.append("</section>\n<footer>\n")
                .append(Html.paragraph("Tool version " + ctx.toolVersion() + "; scenario SHA-256 "
                        + (ctx.scenarioSha256() == null ? "(not saved)" : ctx.scenarioSha256()) + "; generated "
                        + ctx.generatedAt() + "."))
                .append("</footer>\n</main>\n</body>\n</html>\n");
        return out.toString();
    }
}
