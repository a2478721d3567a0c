package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.FormatField.string;

import org.closureassurance.scenarios.ScenarioFormat.Common;
import org.closureassurance.scenarios.ScenarioFormat.Top;

/**
 * The file of a rule pack ({@code closure-assurance-rules/1}): a jurisdiction's regulatory rules,
 * written as {@code requirements[]} of the scenario format, with the source they were taken
 * from and what to verify before relying on them.
 */
final class RulePackFormat {
    /** The format identifier every rule pack carries. */
    static final String FORMAT = "closure-assurance-rules/1";

    static final FormatField JURISDICTION = string("jurisdiction").asRequired()
            .about("where the rules apply");
    static final FormatField SOURCE = string("source").asRequired()
            .about("the regulation or policy the rules restate");
    static final FormatField VERIFY = string("verify").asRequired()
            .about("what could not be confirmed from the regulation itself: verify before use");
    static final FormatObject OBJECT = FormatObject.of("a rule pack", "", Top.FORMAT, Common.NAME,
            Common.DESCRIPTION, JURISDICTION, SOURCE, VERIFY, Top.REQUIREMENTS);

    private RulePackFormat() {
    }
}
