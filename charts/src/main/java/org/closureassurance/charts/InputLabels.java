package org.closureassurance.charts;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns input paths (docs/scenario-format.md, "Paths") into plain words for chart labels and
 * reports: {@code costItems/Plant demolition/amount} becomes "Plant demolition — amount",
 * {@code economics/discountRate} "Discount rate", {@code waterTreatment/Pit lake ARD/flow}
 * "Pit lake ARD — flow". Readers of a tornado chart are regulators and community members, not
 * authors of scenario files. Fields this class does not know are split at capitals
 * ({@code fooBarBaz} reads "foo bar baz"), so a new field still gets a readable label.
 */
public final class InputLabels {

    private static final String DASH = " — ";
    private static final Pattern SCHEDULE_STEP = Pattern.compile("schedule\\[(\\d+)]\\.amount");
    private static final Pattern DISCOUNT_STEP = Pattern.compile("discountRate\\[(\\d+)]\\.rate");

    private static final Map<String, String> WHOLE_PATHS = Map.of(
            "economics/discountRate", "Discount rate",
            "closureYear", "Closure year",
            "forfeiture/year", "Forfeiture year",
            "forfeiture/beforeClosure", "Forfeiture hazard before closure",
            "forfeiture/afterClosure", "Forfeiture hazard after closure");

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("amount", "amount"),
            Map.entry("quantity", "quantity"),
            Map.entry("unitCost", "unit cost"),
            Map.entry("percent", "percent"),
            Map.entry("probability", "probability"),
            Map.entry("startYear", "start year"),
            Map.entry("flow", "flow"),
            Map.entry("fixedAnnualCost", "fixed annual cost"),
            Map.entry("capitalCost", "capital cost"),
            Map.entry("duration.years", "duration"),
            Map.entry("duration.initialConcentration", "initial concentration"),
            Map.entry("duration.limit", "concentration limit"),
            Map.entry("duration.halfLifeYears", "half-life"),
            Map.entry("area", "area"),
            Map.entry("establishmentCost", "establishment cost"),
            Map.entry("maintenanceCostPerAreaYear", "maintenance cost"),
            Map.entry("monitoringCostPerYear", "monitoring cost"),
            Map.entry("recovery.rate", "recovery rate"),
            Map.entry("recovery.initialCondition", "initial condition"),
            Map.entry("recovery.target", "target condition"),
            Map.entry("setback.annualProbability", "setback probability"),
            Map.entry("setback.conditionLoss", "setback condition loss"),
            Map.entry("setback.reworkCostPerArea", "rework cost"),
            Map.entry("annualProbability", "annual probability"),
            Map.entry("cost", "cost"),
            Map.entry("providerAnnualDefaultProbability", "provider default probability"),
            Map.entry("recoveryRate", "recovery rate"),
            Map.entry("guarantorFailsWithOperatorProbability", "guarantor failure probability"),
            Map.entry("initialBalance", "initial balance"),
            Map.entry("annualContribution", "annual contribution"),
            Map.entry("annualFeeRate", "annual fee rate"));

    private static final Map<String, String> SECTIONS = Map.of(
            "costItems", "cost item",
            "indirectCosts", "indirect cost",
            "waterTreatment", "water treatment",
            "rehabilitation", "rehabilitation",
            "riskEvents", "risk event",
            "assurance", "assurance");

    private InputLabels() {
    }

    /** The plain-words label of an input path. */
    public static String label(String path) {
        String whole = WHOLE_PATHS.get(path);
        if (whole != null) {
            return whole;
        }
        String[] parts = path.split("/", 3);
        if (parts.length == 3) {
            return parts[1] + DASH + field(parts[2]);
        }
        return capitalise(field(parts[parts.length - 1]));
    }

    /**
     * The kind of scenario element a path belongs to ("cost item", "water treatment"), or an
     * empty string for top-level inputs: tells apart two inputs whose labels coincide.
     */
    public static String section(String path) {
        int slash = path.indexOf('/');
        if (slash < 0 || path.indexOf('/', slash + 1) < 0) {
            return "";
        }
        return SECTIONS.getOrDefault(path.substring(0, slash), words(path.substring(0, slash)));
    }

    private static String field(String field) {
        String known = FIELDS.get(field);
        if (known != null) {
            return known;
        }
        Matcher step = SCHEDULE_STEP.matcher(field);
        if (step.matches()) {
            return "amount from schedule step " + (Integer.parseInt(step.group(1)) + 1);
        }
        Matcher discount = DISCOUNT_STEP.matcher(field);
        if (discount.matches()) {
            return "discount rate from schedule step " + (Integer.parseInt(discount.group(1)) + 1);
        }
        return words(field.replace('.', ' '));
    }

    private static String words(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
