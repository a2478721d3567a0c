package org.closureassurance.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.closureassurance.scenarios.ScenarioFormat.Common;
import org.closureassurance.scenarios.ScenarioFormat.Top;
import org.closureassurance.scenarios.json.JsonLimits;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.json.JsonPath;
import org.closureassurance.scenarios.json.JsonTreeReader;
import org.closureassurance.scenarios.json.ParsedJson;
import org.closureassurance.simulator.model.Requirement;

/**
 * The rule packs shipped with the tool, as resources in {@code rules/} beside the bundled
 * scenarios: full-cost security, SMCRA's minimum, Nevada's SRCE add-ons, Alberta's phased
 * security, Queensland's and Western Australia's pooled schemes. Each is read with the
 * scenario format's own binder and checks, so a pack's rules are exactly what a user could
 * write in a scenario.
 */
public final class RulePacks {
    private static final List<String> IDS = List.of("full-cost-security", "smcra-minimum", "nevada-srce",
            "alberta-mfsp", "queensland-fps", "western-australia-mrf");
    private static final String FOLDER = "bundled/rules/";

    private RulePacks() {
    }

    /** The identifiers of the bundled packs (their file names without {@code .json}). */
    public static List<String> ids() {
        return IDS;
    }

    /** Every bundled pack, in the order of {@link #ids()}. */
    public static List<RulePack> all() {
        return IDS.stream().map(RulePacks::load).toList();
    }

    /**
     * The pack {@code id}.
     *
     * @throws IllegalArgumentException if there is no bundled pack of that name
     * @throws IllegalStateException if the bundled file does not read (a build defect)
     */
    public static RulePack load(String id) {
        if (!IDS.contains(id)) {
            throw new IllegalArgumentException("no bundled rule pack \"" + id + "\" (bundled: " + String.join(", ", IDS)
                    + ")");
        }
        List<ValidationError> errors = new ArrayList<>();
        RulePack pack = read(id, bytes(id), errors);
        if (!errors.isEmpty() || pack == null) {
            throw new IllegalStateException("bundled rule pack " + id + " is invalid: " + errors);
        }
        return pack;
    }

    /** The pack in {@code utf8}, or null with the problems in {@code errors}. */
    static RulePack read(String id, byte[] utf8, List<ValidationError> errors) {
        ParsedJson parsed = JsonTreeReader.parse(utf8, JsonLimits.DEFAULT);
        errors.addAll(parsed.problems().stream().map(p -> new ValidationError(p.path(), p.message())).toList());
        if (parsed.root() == null) {
            return null;
        }
        JsonFields f = JsonFields.open(parsed.root(), JsonPath.ROOT, errors);
        if (f == null) {
            return null;
        }
        f.allow("", RulePackFormat.OBJECT, null);
        String format = f.string(Top.FORMAT);
        if (format != null && !format.equals(RulePackFormat.FORMAT)) {
            f.error(Top.FORMAT, "must be \"" + RulePackFormat.FORMAT + "\", was \"" + format + "\"");
        }
        String name = f.string(Common.NAME);
        String description = f.string(Common.DESCRIPTION);
        String jurisdiction = f.string(RulePackFormat.JURISDICTION);
        String source = f.string(RulePackFormat.SOURCE);
        String verify = f.string(RulePackFormat.VERIFY);
        List<JsonNode> nodes = f.list(Top.REQUIREMENTS);
        List<Requirement> rules = new ArrayList<>();
        List<String> names = new ArrayList<>();
        RequirementBinder binder = new RequirementBinder(errors);
        for (int i = 0; nodes != null && i < nodes.size(); i++) {
            JsonFields rule = JsonFields.open(nodes.get(i), JsonPath.index(Top.REQUIREMENTS.name(), i), errors);
            Requirement r = rule == null ? null : binder.requirement(rule);
            if (r != null && rule.complete()) {
                rules.add(r);
                names.add(r.name());
            }
        }
        NameChecks.checkNames(Top.REQUIREMENTS.name(), names, errors);
        return errors.isEmpty() && f.complete() ? new RulePack(id, name, description, jurisdiction, source, verify,
                rules) : null;
    }

    private static byte[] bytes(String id) {
        try (InputStream in = RulePacks.class.getResourceAsStream(FOLDER + id + ".json")) {
            if (in == null) {
                throw new IllegalStateException("bundled rule pack " + id + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled rule pack " + id, e);
        }
    }
}
