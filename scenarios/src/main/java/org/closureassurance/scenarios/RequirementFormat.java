package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.FormatField.integer;
import static org.closureassurance.scenarios.FormatField.list;
import static org.closureassurance.scenarios.FormatField.number;
import static org.closureassurance.scenarios.FormatField.word;
import static org.closureassurance.scenarios.ScenarioFormat.MAX_INT;

import java.util.List;
import org.closureassurance.scenarios.FormatObject.Variant;
import org.closureassurance.scenarios.ScenarioFormat.Common;

/**
 * The {@code requirements[]} section of the scenario format: the regulatory rules whose demands
 * the run sizes and tests against the liability, with a tiered add-on's brackets. Every field
 * is a plain number. Part of {@link ScenarioFormat}.
 */
public final class RequirementFormat {
    /** The word of {@code estimate} that asks for the base estimate. */
    public static final String BASE_ESTIMATE = "base";

    private RequirementFormat() {
    }

    /** {@code requirements[]}: one rule. */
    public static final class Requirement {
        public static final FormatField RULE = word("rule", List.of("percent-of-estimate", "tiered-addons", "phased",
                "pooled-contribution")).asRequired()
                .about("`percent-of-estimate`: full-cost security; `tiered-addons`: add-ons by brackets of the "
                        + "estimate (Nevada SRCE); `phased`: security phased in before closure; "
                        + "`pooled-contribution`: a pooled scheme's yearly contribution, or surety below a threshold");
        public static final FormatField ESTIMATE = number("estimate").asRequired().measuring("money")
                .example("\"" + BASE_ESTIMATE + "\"")
                .about("the rule's estimated cost of closure, `>= 0`, or `\"base\"`: the walk-away liability at "
                        + "closure of the median world (needs a closure package)");
        public static final FormatField PERCENT = number("percent").asRequired()
                .about("of the estimate, `>= 0`");
        public static final FormatField MINIMUM = number("minimum").byDefault("0").measuring("money")
                .about("the least the rule requires, `>= 0`");
        public static final FormatField ADDONS = list("addons").asRequired()
                .example("[{\"name\": \"Contingency\", \"brackets\": [{\"percent\": 10}]}]")
                .about("each add-on's percent is added to 100 % of the estimate")
                .holding(Addon.OBJECT);
        public static final FormatField BASE = number("base").asRequired().measuring("money")
                .about("required until `startYearsBeforeClosure`, `>= 0`");
        public static final FormatField START_YEARS_BEFORE_CLOSURE = integer("startYearsBeforeClosure", 0, MAX_INT)
                .asRequired().measuring("years").about("phasing starts this many years before closure; "
                        + "`> fullYearsBeforeClosure`");
        public static final FormatField FULL_YEARS_BEFORE_CLOSURE = integer("fullYearsBeforeClosure", 0, MAX_INT)
                .asRequired().measuring("years").about("`percent` of the estimate is required from this many years "
                        + "before closure on");
        public static final FormatField RATE_PERCENT = number("ratePercent").asRequired()
                .measuring("per cent of the estimate per year").about("paid into the scheme at the end of each "
                        + "year before closure; `0 .. 100`");
        public static final FormatField THRESHOLD = number("threshold").byDefault("0").measuring("money")
                .about("below it the holder gives surety for the whole estimate instead, `>= 0`");
        public static final FormatObject OBJECT = FormatObject.choosing("requirements[]", "A rule a regulator "
                + "sizes assurance by. Fields of another rule are refused.", RULE,
                Variant.of("percent-of-estimate", RULE, Common.NAME, Common.DESCRIPTION, ESTIMATE, PERCENT, MINIMUM),
                Variant.of("tiered-addons", RULE, Common.NAME, Common.DESCRIPTION, ESTIMATE, ADDONS),
                Variant.of("phased", RULE, Common.NAME, Common.DESCRIPTION, ESTIMATE, BASE, PERCENT,
                        START_YEARS_BEFORE_CLOSURE, FULL_YEARS_BEFORE_CLOSURE),
                Variant.of("pooled-contribution", RULE, Common.NAME, Common.DESCRIPTION, ESTIMATE, RATE_PERCENT,
                        THRESHOLD));

        private Requirement() {
        }
    }

    /** {@code requirements[].addons[]}: one add-on of a {@code tiered-addons} rule. */
    public static final class Addon {
        public static final FormatField BRACKETS = list("brackets").asRequired()
                .example("[{\"upTo\": 1000000, \"percent\": 8}, {\"percent\": 6}]")
                .about("at least one; `upTo` ascending, the last without it; the add-on takes the percent of the "
                        + "first bracket with estimate `<= upTo`")
                .holding(Bracket.OBJECT);
        public static final FormatObject OBJECT = FormatObject.of("requirements[].addons[]", "", Common.NAME,
                BRACKETS);

        private Addon() {
        }
    }

    /** {@code requirements[].addons[].brackets[]}. */
    public static final class Bracket {
        public static final FormatField UP_TO = number("upTo").measuring("money")
                .when("every bracket but the last, which takes every larger estimate").about("`>= 0`");
        public static final FormatField PERCENT = number("percent").asRequired().about("`0 .. 100`");
        public static final FormatObject OBJECT = FormatObject.of("requirements[].addons[].brackets[]", "", UP_TO,
                PERCENT);

        private Bracket() {
        }
    }
}
