package org.closureassurance.scenarios.bundled;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.closureassurance.scenarios.LoadResult;
import org.closureassurance.scenarios.ScenarioReader;
import org.closureassurance.simulator.model.Scenario;

/**
 * The scenarios shipped with the tool, as resources beside this class: one illustrative copper
 * mine seen by a regulator (the default), by its operator and by a watchdog group, so a new
 * user can run something meaningful at once and compare the three views.
 */
public final class BundledScenarios {
    private static final String DEFAULT = "regulator-base-case";
    private static final List<String> NAMES = List.of(DEFAULT, "company-rehabilitation-plan", "ngo-stress-case");
    private static final String SUFFIX = ".json";

    private BundledScenarios() {
    }

    /** The names of the bundled scenarios (without {@code .json}), the default first. */
    public static List<String> names() {
        return NAMES;
    }

    /** The name of the scenario to open when the user has chosen none. */
    public static String defaultName() {
        return DEFAULT;
    }

    /**
     * The file's bytes, to show or save as a starting point.
     *
     * @param name a name from {@link #names()}, with or without {@code .json}
     * @throws IllegalArgumentException if there is no bundled scenario of that name
     */
    public static byte[] bytes(String name) {
        String base = canonical(name);
        try (InputStream in = BundledScenarios.class.getResourceAsStream(base + SUFFIX)) {
            if (in == null) {
                throw new IllegalStateException("bundled scenario " + base + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled scenario " + base, e);
        }
    }

    /**
     * The validated scenario.
     *
     * @param name a name from {@link #names()}, with or without {@code .json}
     * @throws IllegalArgumentException if there is no bundled scenario of that name
     * @throws IllegalStateException if the bundled file does not validate (a build defect)
     */
    public static Scenario load(String name) {
        LoadResult result = ScenarioReader.read(bytes(name));
        if (!result.isValid()) {
            throw new IllegalStateException("bundled scenario " + canonical(name) + " is invalid:\n"
                    + result.errorReport());
        }
        return result.scenarioOrThrow();
    }

    private static String canonical(String name) {
        String base = name != null && name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
        if (!NAMES.contains(base)) {
            throw new IllegalArgumentException("no bundled scenario \"" + name + "\" (bundled: "
                    + String.join(", ", NAMES) + ")");
        }
        return base;
    }
}
