package org.closureassurance.scenarios;

import java.util.ArrayList;
import java.util.List;
import org.closureassurance.scenarios.AssuranceFormat.Assurance;
import org.closureassurance.scenarios.ScenarioFormat.Common;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.json.JsonPath;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.BondKind;
import org.closureassurance.simulator.model.Driver;
import org.closureassurance.simulator.model.ScheduleStep;
import org.closureassurance.simulator.value.Value;

/**
 * Binds {@code assurance[]} instruments of each type, and a bond's schedule, for
 * {@link ScenarioBinder}, checking each with {@link AssuranceChecks} as soon as it is read.
 */
final class AssuranceBinder {
    private final List<ValidationError> errors;
    private final EconomyBinder economy;

    /** A binder that reports into {@code errors}, the list the whole file reports into, reading drivers with {@code economy}. */
    AssuranceBinder(List<ValidationError> errors, EconomyBinder economy) {
        this.errors = errors;
        this.economy = economy;
    }

    AssuranceInstrument assurance(JsonFields f) {
        String name = f.string(Common.NAME);
        String type = f.choice(Assurance.TYPE, "assurance type");
        if (type == null) {
            f.fail();
            return null;
        }
        f.allow(" for type \"" + type + "\"", Assurance.OBJECT, type);
        String description = f.string(Common.DESCRIPTION);
        return switch (type) {
            case "bond" -> bond(f, name, description);
            case "self-bond" -> {
                Value amount = f.value(Assurance.AMOUNT);
                AssuranceChecks.checkSelfBond(f.path(), amount, errors);
                yield f.complete() ? new AssuranceInstrument.SelfBond(name, description, amount) : null;
            }
            case "parent-guarantee" -> {
                Value amount = f.value(Assurance.AMOUNT);
                Value fails = f.value(Assurance.GUARANTOR_FAILS_WITH_OPERATOR_PROBABILITY);
                Driver driver = economy.driver(f, Assurance.DRIVER);
                AssuranceChecks.checkParentGuarantee(f.path(), amount, fails, errors);
                yield f.complete() ? new AssuranceInstrument.ParentGuarantee(name, description, amount, fails, driver)
                        : null;
            }
            default -> {
                Value initial = f.value(Assurance.INITIAL_BALANCE);
                Value contribution = f.value(Assurance.ANNUAL_CONTRIBUTION);
                Value annualReturn = f.value(Assurance.ANNUAL_RETURN);
                Value fee = f.value(Assurance.ANNUAL_FEE_RATE);
                boolean drawdown = f.bool(Assurance.DRAWDOWN);
                Driver returnDriver = economy.driver(f, Assurance.RETURN_DRIVER);
                AssuranceChecks.checkTrustFund(f.path(), initial, contribution, fee, errors);
                yield f.complete() ? new AssuranceInstrument.TrustFund(name, description, initial, contribution,
                        annualReturn, fee, drawdown, returnDriver) : null;
            }
        };
    }

    private AssuranceInstrument bond(JsonFields f, String name, String description) {
        String kind = f.choice(Assurance.KIND, "bond kind");
        boolean hasAmount = f.has(Assurance.AMOUNT);
        boolean hasSchedule = f.has(Assurance.SCHEDULE);
        if (hasAmount && hasSchedule) {
            f.errorInObject("give either amount or schedule, not both");
        } else if (!hasAmount && !hasSchedule) {
            f.errorInObject("a bond needs either amount or schedule");
        }
        Value amount = hasAmount ? f.value(Assurance.AMOUNT) : null;
        List<ScheduleStep> schedule = hasSchedule ? schedule(f) : null;
        Value defaultProbability = f.value(Assurance.PROVIDER_ANNUAL_DEFAULT_PROBABILITY);
        Value recoveryRate = f.value(Assurance.RECOVERY_RATE);
        String provider = f.string(Assurance.PROVIDER);
        if (provider != null) {
            economy.providerNamed(f.path(), provider);
            int before = errors.size();
            EconomyChecks.checkProviderBond(f.path(), f.has(Assurance.PROVIDER_ANNUAL_DEFAULT_PROBABILITY),
                    f.has(Assurance.RECOVERY_RATE), f.has(Assurance.DRIVER), errors);
            if (errors.size() > before) {
                f.fail();
            }
        }
        Driver driver = provider == null ? economy.driver(f, Assurance.DRIVER) : null;
        AssuranceChecks.checkBond(f.path(), amount, schedule, defaultProbability, recoveryRate, errors);
        if (!f.complete()) {
            return null;
        }
        return new AssuranceInstrument.Bond(name, description, BondKind.byId(kind), amount, schedule,
                defaultProbability, recoveryRate, provider, driver);
    }

    /** The steps of a bond's schedule; null when the list or any step is unreadable. */
    private List<ScheduleStep> schedule(JsonFields bond) {
        List<JsonNode> nodes = bond.list(Assurance.SCHEDULE);
        if (nodes == null) {
            return null;
        }
        List<ScheduleStep> steps = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonFields s = JsonFields.open(nodes.get(i), JsonPath.index(bond.path(Assurance.SCHEDULE), i),
                    "{\"fromYear\": 0, \"amount\": 1000000}", errors);
            if (s == null) {
                bond.fail();
                continue;
            }
            s.allow(" in a schedule step", AssuranceFormat.ScheduleStep.OBJECT, null);
            Integer from = s.integer(AssuranceFormat.ScheduleStep.FROM_YEAR);
            Value amount = s.value(AssuranceFormat.ScheduleStep.AMOUNT);
            if (s.complete()) {
                steps.add(new ScheduleStep(from, amount));
            } else {
                bond.fail();
            }
        }
        return steps.size() == nodes.size() ? steps : null;
    }
}
