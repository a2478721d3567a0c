package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.FieldChecks.at;
import static org.closureassurance.scenarios.FieldChecks.inRange;

import java.util.List;
import org.closureassurance.scenarios.AssuranceFormat.Assurance;
import org.closureassurance.scenarios.json.JsonPath;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.ScheduleStep;
import org.closureassurance.simulator.value.Value;

/**
 * Checks of an {@code assurance[]} instrument of each type, and of a bond's schedule.
 */
final class AssuranceChecks {
    private AssuranceChecks() {
    }

    static void checkAssurance(String path, AssuranceInstrument a, List<ValidationError> out) {
        if (a instanceof AssuranceInstrument.Bond b) {
            checkBond(path, b.amount(), b.schedule(), b.providerAnnualDefaultProbability(), b.recoveryRate(), out);
        } else if (a instanceof AssuranceInstrument.SelfBond sb) {
            checkSelfBond(path, sb.amount(), out);
        } else if (a instanceof AssuranceInstrument.ParentGuarantee g) {
            checkParentGuarantee(path, g.amount(), g.guarantorFailsWithOperatorProbability(), out);
        } else if (a instanceof AssuranceInstrument.TrustFund f) {
            checkTrustFund(path, f.initialBalance(), f.annualContribution(), f.annualFeeRate(), out);
        }
    }

    static void checkBond(String path, Value amount, List<ScheduleStep> schedule, Value providerAnnualDefaultProbability,
                          Value recoveryRate, List<ValidationError> out) {
        inRange(path, Assurance.AMOUNT, amount, out);
        if (schedule != null) {
            checkSchedule(at(path, Assurance.SCHEDULE), schedule, out);
        }
        inRange(path, Assurance.PROVIDER_ANNUAL_DEFAULT_PROBABILITY, providerAnnualDefaultProbability, out);
        inRange(path, Assurance.RECOVERY_RATE, recoveryRate, out);
    }

    static void checkSelfBond(String path, Value amount, List<ValidationError> out) {
        inRange(path, Assurance.AMOUNT, amount, out);
    }

    static void checkParentGuarantee(String path, Value amount, Value guarantorFailsWithOperatorProbability,
                                     List<ValidationError> out) {
        inRange(path, Assurance.AMOUNT, amount, out);
        inRange(path, Assurance.GUARANTOR_FAILS_WITH_OPERATOR_PROBABILITY, guarantorFailsWithOperatorProbability, out);
    }

    static void checkTrustFund(String path, Value initialBalance, Value annualContribution, Value annualFeeRate,
                               List<ValidationError> out) {
        inRange(path, Assurance.INITIAL_BALANCE, initialBalance, out);
        inRange(path, Assurance.ANNUAL_CONTRIBUTION, annualContribution, out);
        inRange(path, Assurance.ANNUAL_FEE_RATE, annualFeeRate, out);
    }

    private static void checkSchedule(String path, List<ScheduleStep> schedule, List<ValidationError> out) {
        if (schedule.isEmpty()) {
            out.add(new ValidationError(path, "must have at least one step"));
        }
        for (int i = 0; i < schedule.size(); i++) {
            String p = JsonPath.index(path, i);
            int year = schedule.get(i).fromYear();
            String from = at(p, AssuranceFormat.ScheduleStep.FROM_YEAR);
            if (year < 0) {
                out.add(new ValidationError(from, "must be >= 0 (was " + year + ")"));
            } else if (i > 0 && year <= schedule.get(i - 1).fromYear()) {
                out.add(new ValidationError(from, "must be later than the previous step's "
                        + "fromYear (was " + year + " after " + schedule.get(i - 1).fromYear() + ")"));
            }
            inRange(p, AssuranceFormat.ScheduleStep.AMOUNT, schedule.get(i).amount(), out);
        }
    }
}
