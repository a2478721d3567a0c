package org.closureassurance.charts;

/**
 * The report's style sheet, inlined into the page so that it loads nothing: a readable single
 * column on screen, and tables and figures that do not break across printed pages.
 */
final class ReportStyle {

    /** The CSS rules of the report page. */
    static final String CSS = """
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
            table.sites { font-size: 0.8rem; }
            table.sites td { white-space: nowrap; }
            table.sites td:nth-child(2) { white-space: normal; }
            code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 0.85em; background: #f0f0f0; padding: 0 0.2em; word-break: break-all; }
            figure { margin: 1.2rem 0 2rem; }
            figure svg { width: 100%; height: auto; display: block; border: 1px solid #e5e5e5; }
            figcaption { font-size: 0.9rem; color: #444; margin-top: 0.4rem; }
            @media print { body { background: #fff; } main { max-width: none; padding: 0; } figure, table { break-inside: avoid; } }
            """;

    private ReportStyle() {
    }
}
