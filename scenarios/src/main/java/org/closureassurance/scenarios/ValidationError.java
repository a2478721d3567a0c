package org.closureassurance.scenarios;

import java.util.Locale;
import java.util.Objects;

/**
 * One problem with a scenario: the JSON path of the offending field
 * ({@code costItems[2].unitCost.value.max}, root fields bare, {@code $} for the whole file)
 * and what was expected and found. The file reader and {@link ScenarioValidator} word the
 * same problem the same way.
 *
 * <p>Paths and messages quote what the file holds (field names, names, units), and a file
 * may come from anyone: control characters and bidirectional-text controls in them are
 * written as JSON-style escapes (a backslash, {@code u} and four hex digits), so that printing
 * a problem cannot move a terminal's cursor, clear its screen or reorder the text around it.
 */
public record ValidationError(String path, String message) {
    public ValidationError {
        path = printable(Objects.requireNonNull(path, "path"));
        message = printable(Objects.requireNonNull(message, "message"));
    }

    /**
     * {@code text} with every control character (C0, DEL, C1) and bidirectional-text control
     * written as a JSON-style escape (a backslash, {@code u} and four hex digits); other
     * characters unchanged.
     */
    public static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Control characters and the bidirectional embedding, override and isolate controls. */
    static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u061c' || c == '\u200e' || c == '\u200f'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }

    /** {@code path: message}, the form shown to users. */
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
