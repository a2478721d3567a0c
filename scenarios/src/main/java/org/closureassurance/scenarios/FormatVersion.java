package org.closureassurance.scenarios;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.closureassurance.simulator.model.Scenario;

/**
 * The {@code format} a file declares. There is one format name, {@code closure-assurance/1}:
 * the additions of version 0.2 of the model are optional fields under it, so a file written
 * for 0.1 reads unchanged and a file that uses the additions says so field by field, not by a
 * new name (an older reader refuses those fields as unknown, naming each). A different name is
 * refused with a message that says which kind of mistake it looks like: a later version of
 * the format, or a misspelling.
 */
final class FormatVersion {
    private static final Pattern VERSIONED = Pattern.compile("closure-assurance/(\\d+)");
    private static final int CURRENT = 1;

    private FormatVersion() {
    }

    /** Reports at {@code top}'s {@code format} field when {@code format} (null: absent or unreadable) is not ours. */
    static void check(String format, JsonFields top) {
        if (format == null || format.equals(Scenario.FORMAT)) {
            return;
        }
        top.error(ScenarioFormat.Top.FORMAT,
                "must be \"" + Scenario.FORMAT + "\", was \"" + format + "\"" + why(format));
    }

    private static String why(String format) {
        Matcher m = VERSIONED.matcher(format);
        if (m.matches()) {
            return m.group(1).length() > 9 || Integer.parseInt(m.group(1)) > CURRENT
                    ? ": a later version of the format than this tool reads (the additions of version 0.2 of the "
                    + "model are optional fields of " + Scenario.FORMAT + ")"
                    : ": there is no such version of the format";
        }
        String near = Suggestions.nearest(format, List.of(Scenario.FORMAT));
        return near != null ? " (did you mean \"" + near + "\"?)"
                : ": this is not a closure-assurance scenario file, or its format line was changed";
    }
}
