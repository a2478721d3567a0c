package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.FieldChecks.at;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.closureassurance.scenarios.ScenarioFormat.Common;
import org.closureassurance.scenarios.json.JsonPath;

/**
 * Checks of names: printable one-line labels, present, free of {@code /} and unique within
 * their list.
 */
final class NameChecks {
    private NameChecks() {
    }

    /**
     * A name is a one-line label that the command line prints and paths embed: control
     * characters (a line break, an escape sequence that would drive the terminal) and
     * bidirectional-text controls (which make one name look like another) are refused.
     */
    static void checkPrintable(String path, String name, List<ValidationError> out) {
        for (int i = 0; i < name.length(); i++) {
            if (ValidationError.isUnsafe(name.charAt(i))) {
                out.add(new ValidationError(path, String.format(Locale.ROOT,
                        "must not contain control characters (found U+%04X at character %d)", (int) name.charAt(i),
                        i + 1)));
                return;
            }
        }
    }

    /** Names must be present, free of {@code /} (it separates input paths) and unique within a list. */
    static void checkNames(String section, List<String> names, List<ValidationError> out) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name == null) {
                continue;
            }
            String path = at(JsonPath.index(section, i), Common.NAME);
            if (name.isBlank()) {
                out.add(new ValidationError(path, "must not be empty"));
            } else if (name.contains("/")) {
                out.add(new ValidationError(path, "must not contain \"/\", which separates the parts of input paths"
                        + " (was \"" + name + "\")"));
            } else {
                checkPrintable(path, name, out);
            }
            Integer earlier = first.putIfAbsent(name, i);
            if (earlier != null) {
                out.add(new ValidationError(path, "duplicate name \"" + name + "\" (also "
                        + JsonPath.index(section, earlier) + "); names must be unique within " + section));
            }
        }
    }
}
