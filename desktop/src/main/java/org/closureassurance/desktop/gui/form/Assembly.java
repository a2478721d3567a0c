package org.closureassurance.desktop.gui.form;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.closureassurance.scenarios.ValidationError;
import org.closureassurance.simulator.model.SampledInput;
import org.closureassurance.simulator.model.Scenario;

/**
 * What the editor's form gives when read as a scenario: every problem, in page order, and the
 * scenario itself when there are none. The sampled inputs are there even while some elements
 * have problems, so that the editor can still offer them to correlate.
 *
 * @param scenario the valid scenario, or null while there are problems
 * @param inputs   the sampled inputs of the scenario, or of its sound part while it has problems
 * @param errors   every problem, by JSON path, sorted by page and element
 */
public record Assembly(Scenario scenario, List<SampledInput> inputs, List<ValidationError> errors) {
    private static final Pattern ELEMENT = Pattern.compile("^([A-Za-z]+)\\[(\\d+)]");

    public Assembly {
        inputs = List.copyOf(inputs);
        List<ValidationError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt((ValidationError e) -> sectionRank(e.path()))
                .thenComparingInt(e -> elementIndex(e.path())));
        errors = List.copyOf(sorted);
        if (scenario != null && !errors.isEmpty()) {
            throw new IllegalArgumentException("a scenario with problems is not valid");
        }
    }

    /** Whether the form gives a valid scenario. */
    public boolean isValid() {
        return scenario != null;
    }

    /**
     * The problems of the field at {@code path} and of everything inside it: for
     * {@code costItems[2].unitCost}, also {@code costItems[2].unitCost.value.max}.
     */
    public List<ValidationError> errorsUnder(String path) {
        List<ValidationError> out = new ArrayList<>();
        for (ValidationError e : errors) {
            if (isUnder(e.path(), path)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Whether {@code path} is {@code prefix} or lies inside it. */
    public static boolean isUnder(String path, String prefix) {
        return path.equals(prefix) || (path.startsWith(prefix)
                && (path.charAt(prefix.length()) == '.' || path.charAt(prefix.length()) == '['));
    }

    /** The list section a path belongs to ({@code costItems}), or null for a top-level path. */
    public static String sectionOf(String path) {
        Matcher m = ELEMENT.matcher(path);
        return m.find() ? m.group(1) : null;
    }

    /** The element index a path belongs to, or -1 for a top-level path. */
    public static int elementIndex(String path) {
        Matcher m = ELEMENT.matcher(path);
        return m.find() ? Integer.parseInt(m.group(2)) : -1;
    }

    private static int sectionRank(String path) {
        String section = sectionOf(path);
        if (section == null) {
            return ScenarioForm.SECTIONS.contains(path) ? 1 + ScenarioForm.SECTIONS.indexOf(path) : 0;
        }
        return 1 + ScenarioForm.SECTIONS.indexOf(section);
    }
}
