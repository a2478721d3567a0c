package org.closureassurance.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * Safe-by-default HTML building for the report: every cell and text is escaped unless it is
 * wrapped as {@link Markup} by code that built it from escaped parts. Scenario names,
 * descriptions and units come from files anyone can write, so nothing user-written may reach
 * the page unescaped.
 */
final class Html {

    /** Markup already escaped where needed, inserted as is. */
    record Markup(String html) {
    }

    private Html() {
    }

    /** {@code text} with {@code & < > " '} escaped; null reads as an empty string. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code text} as inline code. */
    static Markup code(String text) {
        return new Markup("<code>" + escape(text) + "</code>");
    }

    /** A name in bold with an optional description under it. */
    static Markup named(String name, String description) {
        String html = "<strong>" + escape(name) + "</strong>";
        if (description != null && !description.isBlank()) {
            html += "<br><span class=\"description\">" + escape(description) + "</span>";
        }
        return new Markup(html);
    }

    /** A paragraph of escaped text. */
    static String paragraph(String text) {
        return "<p>" + escape(text) + "</p>\n";
    }

    private static String cell(Object value) {
        return value instanceof Markup m ? m.html() : escape(String.valueOf(value));
    }

    /** A table with a caption (nullable) and a header row; build rows with {@link #row}. */
    static final class Table {
        private final String caption;
        private final List<String> headers;
        private final List<List<Object>> rows = new ArrayList<>();
        private final String cssClass;

        Table(String caption, String cssClass, String... headers) {
            this.caption = caption;
            this.cssClass = cssClass;
            this.headers = List.of(headers);
        }

        /** Adds a row; strings are escaped, {@link Markup} is not. */
        Table row(Object... cells) {
            if (cells.length != headers.size()) {
                throw new IllegalArgumentException("row has " + cells.length + " cells, header " + headers.size());
            }
            rows.add(List.of(cells));
            return this;
        }

        boolean isEmpty() {
            return rows.isEmpty();
        }

        String render() {
            StringBuilder out = new StringBuilder();
            out.append("<table");
            if (cssClass != null) {
                out.append(" class=\"").append(escape(cssClass)).append('"');
            }
            out.append(">\n");
            if (caption != null) {
                out.append("<caption>").append(escape(caption)).append("</caption>\n");
            }
            out.append("<thead><tr>");
            for (String h : headers) {
                out.append("<th scope=\"col\">").append(escape(h)).append("</th>");
            }
            out.append("</tr></thead>\n<tbody>\n");
            for (List<Object> r : rows) {
                out.append("<tr>");
                for (int i = 0; i < r.size(); i++) {
                    String tag = i == 0 ? "th scope=\"row\"" : "td";
                    out.append('<').append(tag).append('>').append(cell(r.get(i)))
                            .append("</").append(i == 0 ? "th" : "td").append('>');
                }
                out.append("</tr>\n");
            }
            out.append("</tbody>\n</table>\n");
            return out.toString();
        }
    }
}
