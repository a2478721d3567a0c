package org.closureassurance.scenarios;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The field reference of docs/scenario-format.md, written from {@link ScenarioFormat}: one
 * table per object with every field's type, unit, default, limits, words and meaning. The
 * page holds it between two marker lines; {@link #main} rewrites that part, and a test fails
 * while the committed page differs from what the schema gives.
 */
final class FieldReference {
    /** The line before the generated tables. */
    static final String START =
            "<!-- The tables below are generated from ScenarioFormat: edit it, not them. -->";
    /** The line after the generated tables. */
    static final String END = "<!-- End of the tables generated from ScenarioFormat. -->";

    private FieldReference() {
    }

    /** Rewrites the generated part of the page named by the first argument (docs/scenario-format.md). */
    public static void main(String[] args) throws IOException {
        Path page = Path.of(args.length > 0 ? args[0] : "docs/scenario-format.md");
        String text = Files.readString(page, StandardCharsets.UTF_8);
        AtomicFile.write(page, withTables(text));
    }

    /** {@code page} with the text between the markers replaced by {@link #markdown()}. */
    static String withTables(String page) {
        int start = page.indexOf(START);
        int end = page.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("the page has no markers \"" + START + "\" ... \"" + END + "\"");
        }
        return page.substring(0, start + START.length()) + "\n\n" + markdown().strip() + "\n\n"
                + page.substring(end);
    }

    /** The tables of every object of the format, in reference order. */
    static String markdown() {
        StringBuilder out = new StringBuilder();
        for (FormatObject o : ScenarioFormat.objects()) {
            out.append(o == ScenarioFormat.Top.OBJECT ? "### The top level" : "### `" + o.path() + "`").append("\n\n");
            if (!o.intro().isEmpty()) {
                out.append(o.intro()).append("\n\n");
            }
            table(o, out);
            out.append('\n');
        }
        return out.toString();
    }

    private static void table(FormatObject o, StringBuilder out) {
        boolean variants = o.discriminator() != null;
        List<String> header = new ArrayList<>();
        if (variants) {
            header.add("`" + o.discriminator() + "`");
        }
        header.addAll(List.of("field", "type", "required / default", "limits and meaning"));
        out.append("| ").append(String.join(" | ", header)).append(" |\n");
        out.append("|").append("---|".repeat(header.size())).append('\n');
        for (FormatField f : o.fields()) {
            List<String> cells = new ArrayList<>();
            if (variants) {
                cells.add(appliesTo(o, f.name()));
            }
            cells.add("`" + f.name() + "`");
            cells.add(type(f));
            cells.add(presence(f));
            cells.add(meaning(f));
            out.append("| ").append(String.join(" | ", cells)).append(" |\n");
        }
    }

    /** The words whose variant allows {@code field}: {@code all}, or the words themselves. */
    private static String appliesTo(FormatObject o, String field) {
        List<String> words = o.words().stream().filter(w -> o.names(w).contains(field)).toList();
        if (words.size() == o.words().size()) {
            return "all";
        }
        return String.join(", ", words.stream().map(w -> "`" + w + "`").toList());
    }

    private static String type(FormatField f) {
        String type = switch (f.type()) {
            case QUANTITY -> "Quantity, " + (f.dimension() == null ? "any dimension" : f.dimension().label());
            case RATE -> f.type().label() + (f.dimension() == null ? "" : " per " + f.dimension().label());
            default -> f.type().label();
        };
        return f.measure() == null ? type : type + " (" + f.measure() + ")";
    }

    private static String presence(FormatField f) {
        String base = f.required() ? "required" : f.defaultJson() == null ? null : shown(f.defaultJson());
        if (f.presence() == null) {
            return base == null ? "none" : base;
        }
        return base == null ? f.presence() : base + "; " + f.presence();
    }

    private static String shown(String json) {
        if (json.equals("[]")) {
            return "empty";
        }
        return json.startsWith("\"") || json.equals("false") || json.equals("true")
                ? "`" + json.replace("\"", "") + "`" : json;
    }

    private static String meaning(FormatField f) {
        String limits = f.limits();
        String about = f.description().isEmpty() && (f.type() == FieldType.OBJECT || f.type() == FieldType.LIST)
                ? "below" : f.description();
        if (limits.isEmpty() || about.isEmpty()) {
            return limits + about;
        }
        return limits + (f.type() == FieldType.WORD ? "; " : ": ") + about;
    }
}
