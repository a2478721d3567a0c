package org.closureassurance.desktop.gui.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.closureassurance.scenarios.RequirementFormat;
import org.closureassurance.scenarios.json.JsonPath;
import org.closureassurance.simulator.model.Addon;
import org.closureassurance.simulator.model.Bracket;
import org.closureassurance.simulator.model.Estimate;
import org.closureassurance.simulator.model.Requirement;

/**
 * A scenario's regulatory requirements in the editor's form and back, so that opening, undoing,
 * recovering and saving a scenario keeps its rules. Field keys are the format's, nested add-ons
 * and brackets are row lists; the editor has no page for them yet, so they pass through as read.
 */
final class RequirementForms {
    private RequirementForms() {
    }

    /** The form of rule {@code r}. */
    static ElementForm of(Requirement r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(key(RequirementFormat.Requirement.RULE), r.rule());
        m.put("name", r.name());
        m.put("description", r.description());
        m.put(key(RequirementFormat.Requirement.ESTIMATE), r.estimate() instanceof Estimate.Amount a
                ? number(a.amount()) : RequirementFormat.BASE_ESTIMATE);
        if (r instanceof Requirement.PercentOfEstimate p) {
            m.put(key(RequirementFormat.Requirement.PERCENT), number(p.percent()));
            m.put(key(RequirementFormat.Requirement.MINIMUM), number(p.minimum()));
        } else if (r instanceof Requirement.TieredAddons t) {
            m.put(key(RequirementFormat.Requirement.ADDONS), t.addons().stream().map(RequirementForms::addon).toList());
        } else if (r instanceof Requirement.Phased p) {
            m.put(key(RequirementFormat.Requirement.BASE), number(p.base()));
            m.put(key(RequirementFormat.Requirement.PERCENT), number(p.percent()));
            m.put(key(RequirementFormat.Requirement.START_YEARS_BEFORE_CLOSURE),
                    Integer.toString(p.startYearsBeforeClosure()));
            m.put(key(RequirementFormat.Requirement.FULL_YEARS_BEFORE_CLOSURE),
                    Integer.toString(p.fullYearsBeforeClosure()));
        } else if (r instanceof Requirement.PooledContribution p) {
            m.put(key(RequirementFormat.Requirement.RATE_PERCENT), number(p.ratePercent()));
            m.put(key(RequirementFormat.Requirement.THRESHOLD), number(p.threshold()));
        }
        return new ElementForm(m);
    }

    private static ElementForm addon(Addon a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", a.name());
        List<ElementForm> brackets = new ArrayList<>();
        for (Bracket b : a.brackets()) {
            Map<String, Object> bm = new LinkedHashMap<>();
            bm.put(key(RequirementFormat.Bracket.UP_TO), b.upTo() == null ? null : number(b.upTo()));
            bm.put(key(RequirementFormat.Bracket.PERCENT), number(b.percent()));
            brackets.add(new ElementForm(bm));
        }
        m.put(key(RequirementFormat.Addon.BRACKETS), brackets);
        return new ElementForm(m);
    }

    /** The rule in {@code r}'s form, or null after reporting why it cannot be built. */
    static Requirement read(FormReader r) {
        String name = r.text("name", "");
        String description = r.text("description");
        String rule = r.text(key(RequirementFormat.Requirement.RULE), "");
        String estimateText = r.text(key(RequirementFormat.Requirement.ESTIMATE));
        Estimate estimate = RequirementFormat.BASE_ESTIMATE.equals(estimateText) ? new Estimate.Base() : null;
        if (estimate == null) {
            Double e = r.number(key(RequirementFormat.Requirement.ESTIMATE), true);
            estimate = e == null ? null : new Estimate.Amount(Math.max(0, e));
        }
        try {
            Requirement out = switch (rule) {
                case "percent-of-estimate" -> new Requirement.PercentOfEstimate(name, description, estimate,
                        required(r, RequirementFormat.Requirement.PERCENT), optional(r, RequirementFormat.Requirement.MINIMUM));
                case "tiered-addons" -> new Requirement.TieredAddons(name, description, estimate, addons(r));
                case "phased" -> new Requirement.Phased(name, description, estimate,
                        required(r, RequirementFormat.Requirement.BASE), required(r, RequirementFormat.Requirement.PERCENT),
                        r.integer(key(RequirementFormat.Requirement.START_YEARS_BEFORE_CLOSURE), null, 0,
                                Integer.MAX_VALUE),
                        r.integer(key(RequirementFormat.Requirement.FULL_YEARS_BEFORE_CLOSURE), null, 0,
                                Integer.MAX_VALUE));
                case "pooled-contribution" -> new Requirement.PooledContribution(name, description, estimate,
                        required(r, RequirementFormat.Requirement.RATE_PERCENT),
                        optional(r, RequirementFormat.Requirement.THRESHOLD));
                default -> null;
            };
            if (out == null) {
                r.error(key(RequirementFormat.Requirement.RULE), "must be one of "
                        + String.join(", ", RequirementFormat.Requirement.RULE.words()) + " (was \"" + rule + "\")");
            }
            return out;
        } catch (IllegalArgumentException | NullPointerException e) {
            r.error(null, "cannot be built: " + e.getMessage());
            return null;
        }
    }

    private static List<Addon> addons(FormReader r) {
        List<Addon> out = new ArrayList<>();
        List<ElementForm> rows = r.form().rows(key(RequirementFormat.Requirement.ADDONS));
        for (int a = 0; a < rows.size(); a++) {
            ElementForm row = rows.get(a);
            List<Bracket> brackets = new ArrayList<>();
            List<ElementForm> bracketRows = row.rows(key(RequirementFormat.Addon.BRACKETS));
            for (int j = 0; j < bracketRows.size(); j++) {
                FormReader b = new FormReader(bracketRows.get(j), JsonPath.index(JsonPath.field(JsonPath.index(
                        r.path(key(RequirementFormat.Requirement.ADDONS)), a), key(RequirementFormat.Addon.BRACKETS)),
                        j), new ArrayList<>(), new ArrayList<>());
                brackets.add(new Bracket(b.number(key(RequirementFormat.Bracket.UP_TO), false),
                        required(b, RequirementFormat.Bracket.PERCENT)));
            }
            out.add(new Addon(row.text("name"), brackets));
        }
        return out;
    }

    private static double required(FormReader r, org.closureassurance.scenarios.FormatField field) {
        Double x = r.number(key(field), true);
        return x == null ? 0 : x;
    }

    private static double optional(FormReader r, org.closureassurance.scenarios.FormatField field) {
        Double x = r.number(key(field), false);
        return x == null ? 0 : x;
    }

    private static String key(org.closureassurance.scenarios.FormatField field) {
        return field.name();
    }

    private static String number(double x) {
        return org.closureassurance.scenarios.json.NumberText.format(x);
    }
}
