package org.closureassurance.charts;

import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.results.RunInfo;

/**
 * The frame every report page shares: the document head with the inline style sheet, the
 * header with kicker, title and description, the sections, and the reproducibility rows that
 * say how a run was drawn and by which version, so that the scenario and portfolio reports
 * read alike.
 */
final class ReportPage {

    private ReportPage() {
    }

    /** Opens the page: head, style sheet, and a header titled {@code name} under {@code kicker}. */
    static void open(StringBuilder out, String kicker, String name, String description) {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(kicker)).append(": ").append(Html.escape(name))
                .append("</title>\n<style>\n").append(ReportStyle.CSS).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<header>\n<p class=\"kicker\">").append(Html.escape(kicker)).append("</p>\n<h1>")
                .append(Html.escape(name)).append("</h1>\n");
        if (description != null && !description.isBlank()) {
            out.append("<p class=\"description\">").append(Html.escape(description)).append("</p>\n");
        }
        out.append("</header>\n");
    }

    /** Closes what {@link #open} opened. */
    static void close(StringBuilder out) {
        out.append("</main>\n</body>\n</html>\n");
    }

    /** A top-level section with its heading. */
    static void section(StringBuilder out, String id, String title, String body) {
        out.append("<section id=\"").append(id).append("\">\n<h2>").append(Html.escape(title)).append("</h2>\n")
                .append(body).append("</section>\n");
    }

    /** Seed, iterations (completed of requested), sampling and generator. */
    static void addDrawRows(Html.Table t, long seed, int iterations, Sampling sampling, RunInfo run) {
        t.row("Seed", Long.toString(seed));
        t.row("Iterations", run == null ? ReportFigures.count(iterations)
                : ReportFigures.count(run.completedIterations()) + " of " + ReportFigures.count(run.requestedIterations())
                + " requested" + (run.cancelled() ? " (the run was cancelled early)" : ""));
        t.row("Sampling", sampling == null ? "not recorded" : sampling.id());
        t.row("Random generator", run == null || run.generator() == null ? "not recorded" : run.generator());
    }

    /** The versions that simulated and wrote, and the threads and time the run took. */
    static void addToolRows(Html.Table t, RunInfo run, String reportToolVersion) {
        t.row("Simulated with", run == null || run.toolVersion() == null ? "not recorded"
                : "Closure Assurance " + run.toolVersion());
        t.row("Report written by", "Closure Assurance " + orNotRecorded(reportToolVersion));
        if (run != null) {
            t.row("Threads and run time", run.threads() + " threads, " + NumberText.number(run.elapsedSeconds(), 1)
                    + " s");
        }
    }

    static String orNotRecorded(String s) {
        return s == null || s.isBlank() ? "not recorded" : s;
    }
}
