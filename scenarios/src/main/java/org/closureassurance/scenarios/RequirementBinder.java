package org.closureassurance.scenarios;

import java.util.ArrayList;
import java.util.List;
import org.closureassurance.scenarios.RequirementChecks.BracketParts;
import org.closureassurance.scenarios.RequirementFormat.Requirement;
import org.closureassurance.scenarios.ScenarioFormat.Common;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.json.JsonPath;
import org.closureassurance.scenarios.json.NumberText;
import org.closureassurance.simulator.model.Addon;
import org.closureassurance.simulator.model.Bracket;
import org.closureassurance.simulator.model.Estimate;

/**
 * Binds {@code requirements[]} rules for {@link ScenarioBinder}: the rule's own fields, its
 * estimate (a number or {@code "base"}) and a tiered rule's add-ons and brackets, checked with
 * {@link RequirementChecks} as soon as they are read; a rule is built only when all is sound.
 */
final class RequirementBinder {
    private final List<ValidationError> errors;

    /** A binder that reports into {@code errors}, the list the whole file reports into. */
    RequirementBinder(List<ValidationError> errors) {
        this.errors = errors;
    }

    org.closureassurance.simulator.model.Requirement requirement(JsonFields f) {
        String name = f.string(Common.NAME);
        String rule = f.choice(Requirement.RULE, "requirement rule");
        if (rule == null) {
            f.fail();
            return null;
        }
        f.allow(" for rule \"" + rule + "\"", Requirement.OBJECT, rule);
        String description = f.string(Common.DESCRIPTION);
        Estimate estimate = estimate(f);
        int before = errors.size();
        return switch (rule) {
            case "percent-of-estimate" -> {
                Double percent = f.number(Requirement.PERCENT);
                Double minimum = number(f, Requirement.MINIMUM);
                RequirementChecks.checkPercentOfEstimate(f.path(), percent, minimum, errors);
                yield sound(f, before) ? new org.closureassurance.simulator.model.Requirement.PercentOfEstimate(name,
                        description, estimate, percent, minimum) : null;
            }
            case "tiered-addons" -> {
                List<Addon> addons = addons(f);
                yield sound(f, before) && addons != null
                        ? new org.closureassurance.simulator.model.Requirement.TieredAddons(name, description, estimate,
                        addons) : null;
            }
            case "phased" -> {
                Double base = f.number(Requirement.BASE);
                Double percent = f.number(Requirement.PERCENT);
                Integer start = f.integer(Requirement.START_YEARS_BEFORE_CLOSURE);
                Integer full = f.integer(Requirement.FULL_YEARS_BEFORE_CLOSURE);
                RequirementChecks.checkPhased(f.path(), base, percent, start, full, errors);
                yield sound(f, before) ? new org.closureassurance.simulator.model.Requirement.Phased(name, description,
                        estimate, base, percent, start, full) : null;
            }
            default -> {
                Double rate = f.number(Requirement.RATE_PERCENT);
                Double threshold = number(f, Requirement.THRESHOLD);
                RequirementChecks.checkPooled(f.path(), rate, threshold, errors);
                yield sound(f, before) ? new org.closureassurance.simulator.model.Requirement.PooledContribution(name,
                        description, estimate, rate, threshold) : null;
            }
        };
    }

    /** Whether the rule read so far is complete and no check since {@code before} failed. */
    private boolean sound(JsonFields f, int before) {
        return f.complete() && errors.size() == before;
    }

    /** An optional number with its default from the format. */
    private static Double number(JsonFields f, FormatField field) {
        return f.has(field) ? f.number(field) : Double.valueOf(field.defaultJson());
    }

    /** The estimate: a number, or the word {@code "base"}; null (reported) otherwise. */
    private static Estimate estimate(JsonFields f) {
        JsonNode node = f.node(Requirement.ESTIMATE.name());
        if (node instanceof JsonNode.JsonString s) {
            if (s.value().equals(RequirementFormat.BASE_ESTIMATE)) {
                return new Estimate.Base();
            }
            f.error(Requirement.ESTIMATE, "must be a number or \"" + RequirementFormat.BASE_ESTIMATE + "\", was \""
                    + s.value() + "\"");
            return null;
        }
        if (node != null && !(node instanceof JsonNode.JsonNumber)) {
            f.error(Requirement.ESTIMATE, "must be a number or \"" + RequirementFormat.BASE_ESTIMATE + "\", was "
                    + node.describe());
            return null;
        }
        Double amount = f.number(Requirement.ESTIMATE);
        if (amount != null && amount < 0) {
            f.error(Requirement.ESTIMATE, "must be >= 0 (was " + NumberText.format(amount) + ")");
            return null;
        }
        return amount == null ? null : new Estimate.Amount(amount);
    }

    /** The add-ons of a tiered rule; null when the list or any part of it is unreadable or unsound. */
    private List<Addon> addons(JsonFields rule) {
        List<JsonNode> nodes = rule.list(Requirement.ADDONS);
        if (nodes == null) {
            return null;
        }
        String listPath = rule.path(Requirement.ADDONS);
        List<Addon> addons = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int before = errors.size();
        for (int a = 0; a < nodes.size(); a++) {
            JsonFields f = JsonFields.open(nodes.get(a), JsonPath.index(listPath, a),
                    "{\"name\": \"Contingency\", \"brackets\": [{\"percent\": 10}]}", errors);
            if (f == null) {
                names.add(null);
                continue;
            }
            f.allow(" in an add-on", RequirementFormat.Addon.OBJECT, null);
            String name = f.string(Common.NAME);
            names.add(name);
            List<BracketParts> parts = brackets(f);
            if (parts != null) {
                RequirementChecks.checkBrackets(f.path(RequirementFormat.Addon.BRACKETS), parts, errors);
            }
            if (f.complete() && parts != null && !parts.contains(null) && errors.size() == before) {
                addons.add(new Addon(name, parts.stream().map(p -> new Bracket(p.upTo(), p.percent())).toList()));
            }
        }
        NameChecks.checkNames(listPath, names, errors);
        return errors.size() == before && addons.size() == nodes.size() ? addons : null;
    }

    /** An add-on's brackets as read (an unreadable bracket is null); null when the list is. */
    private List<BracketParts> brackets(JsonFields addon) {
        List<JsonNode> nodes = addon.list(RequirementFormat.Addon.BRACKETS);
        if (nodes == null) {
            return null;
        }
        List<BracketParts> parts = new ArrayList<>();
        for (int j = 0; j < nodes.size(); j++) {
            JsonFields b = JsonFields.open(nodes.get(j), JsonPath.index(addon.path(RequirementFormat.Addon.BRACKETS), j),
                    "{\"upTo\": 1000000, \"percent\": 8}", errors);
            if (b == null) {
                parts.add(null);
                addon.fail();
                continue;
            }
            b.allow(" in a bracket", RequirementFormat.Bracket.OBJECT, null);
            Double upTo = b.number(RequirementFormat.Bracket.UP_TO);
            Double percent = b.number(RequirementFormat.Bracket.PERCENT);
            if (b.complete()) {
                parts.add(new BracketParts(upTo, percent));
            } else {
                parts.add(null);
                addon.fail();
            }
        }
        return parts;
    }
}
