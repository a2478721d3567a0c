package org.closureassurance.charts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.closureassurance.simulator.model.InputField;
import org.closureassurance.simulator.model.InputKey;

/**
 * Turns input paths (docs/scenario-format.md, "Paths") into plain words for chart labels and
 * reports: {@code costItems/Plant demolition/amount} becomes "Plant demolition — amount",
 * {@code economics/discountRate} "Discount rate", {@code waterTreatment/Pit lake ARD/flow}
 * "Pit lake ARD — flow". Readers of a tornado chart are regulators and community members, not
 * authors of scenario files. A field whose JSON name does not read well has words of its own
 * here; any other field, such as one the format adds with a default
 * ({@code economics/realCostEscalation}), is said in the words of its name ("Real cost
 * escalation"), the words the scenario format's forms use for a field without a label of its
 * own. A path no input has is split the same way, so it still gets a readable label.
 */
public final class InputLabels {

    private static final String DASH = " — ";

    private InputLabels() {
    }

    /** The plain-words label of an input path. */
    public static String label(String path) {
        return InputKey.parse(path).map(InputLabels::label).orElseGet(() -> unknown(path));
    }

    /** The plain-words label of an input. */
    public static String label(InputKey key) {
        if (key.field() == InputField.DISCOUNT_STEP_RATE) {
            return "Discount rate from schedule step " + (key.index() + 1);
        }
        if (!key.field().section().isList()) {
            return whole(key.field());
        }
        String field = key.field().indexed() ? "amount from schedule step " + (key.index() + 1) : field(key.field());
        return key.owner() + DASH + field;
    }

    /**
     * The kind of scenario element a path belongs to ("cost item", "water treatment"), or an
     * empty string for top-level inputs: tells apart two inputs whose labels coincide.
     */
    public static String section(String path) {
        Optional<InputKey> key = InputKey.parse(path);
        if (key.isPresent()) {
            InputField.Section section = key.get().field().section();
            return section.isList() ? section(section) : "";
        }
        int slash = path.indexOf('/');
        if (slash < 0 || path.indexOf('/', slash + 1) < 0) {
            return "";
        }
        String name = path.substring(0, slash);
        return Arrays.stream(InputField.Section.values()).filter(sec -> sec.isList() && sec.key().equals(name))
                .findFirst().map(InputLabels::section).orElseGet(() -> words(name));
    }

    /** Inputs outside lists, named on their own. */
    private static String whole(InputField field) {
        return switch (field) {
            case DISCOUNT_RATE -> "Discount rate";
            case CLOSURE_YEAR -> "Closure year";
            case FORFEITURE_YEAR -> "Forfeiture year";
            case FORFEITURE_BEFORE_CLOSURE -> "Forfeiture hazard before closure";
            case FORFEITURE_AFTER_CLOSURE -> "Forfeiture hazard after closure";
            case MOBILISATION_DELAY -> "Mobilisation delay after forfeiture";
            case CARE_AND_MAINTENANCE -> "Care and maintenance after forfeiture";
            case THIRD_PARTY_PREMIUM -> "Third-party premium";
            case ESTATE_RECOVERY -> "Estate recovery rate";
            default -> capitalise(field(field));
        };
    }

    /** A field of a list element, said after the element's name; any other field in the words of its name. */
    private static String field(InputField field) {
        return switch (field) {
            case COST_UNIT_COST, WATER_UNIT_COST -> "unit cost";
            case WATER_START_YEAR, DOMAIN_START_YEAR -> "start year";
            case WATER_FIXED_ANNUAL_COST -> "fixed annual cost";
            case WATER_CAPITAL_COST -> "capital cost";
            case WATER_DURATION_YEARS -> "duration"; // a reader's word that happens to name the enclosing object
            case WATER_INITIAL_CONCENTRATION -> "initial concentration";
            case WATER_CONCENTRATION_LIMIT -> "concentration limit";
            case WATER_HALF_LIFE_YEARS -> "half-life";
            case DOMAIN_ESTABLISHMENT_COST -> "establishment cost";
            case DOMAIN_MAINTENANCE_COST -> "maintenance cost";
            case DOMAIN_MONITORING_COST -> "monitoring cost";
            case RECOVERY_RATE, BOND_RECOVERY_RATE, PROVIDER_RECOVERY_RATE -> "recovery rate";
            case RECOVERY_INITIAL_CONDITION -> "initial condition";
            case RECOVERY_TARGET -> "target condition";
            case SETBACK_ANNUAL_PROBABILITY -> "setback probability";
            case SETBACK_CONDITION_LOSS -> "setback condition loss";
            case SETBACK_REWORK_COST -> "rework cost";
            case RISK_ANNUAL_PROBABILITY -> "annual probability";
            case BOND_DEFAULT_PROBABILITY -> "provider default probability";
            case PROVIDER_DEFAULT_PROBABILITY -> "default probability";
            case GUARANTOR_FAILS_PROBABILITY -> "guarantor failure probability";
            case FUND_INITIAL_BALANCE -> "initial balance";
            case FUND_ANNUAL_CONTRIBUTION -> "annual contribution";
            case FUND_ANNUAL_FEE_RATE -> "annual fee rate";
            default -> words(field.key());
        };
    }

    private static String section(InputField.Section section) {
        return switch (section) {
            case COST_ITEMS -> "cost item";
            case INDIRECT_COSTS -> "indirect cost";
            case WATER_TREATMENT -> "water treatment";
            case RISK_EVENTS -> "risk event";
            case OVERRUNS -> "overrun";
            case REHABILITATION, ASSURANCE -> section.key();
            case PROVIDERS -> "provider";
            case TOP, ECONOMICS, FORFEITURE, AFTER_FORFEITURE -> "";
        };
    }

    /** A path no input has (a newer or a mistyped one), split at slashes, dots and capitals. */
    private static String unknown(String path) {
        String[] parts = path.split("/", 3);
        String last = words(parts[parts.length - 1].replace('.', ' '));
        return parts.length == 3 ? parts[1] + DASH + last : capitalise(last);
    }

    private static String words(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
