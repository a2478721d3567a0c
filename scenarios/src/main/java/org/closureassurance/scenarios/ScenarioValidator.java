package org.closureassurance.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.closureassurance.scenarios.ScenarioFormat.Top;
import org.closureassurance.scenarios.json.JsonPath;
import org.closureassurance.simulator.model.AfterForfeiture;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.CostItem;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.model.IndirectCost;
import org.closureassurance.simulator.model.InputPaths;
import org.closureassurance.simulator.model.Overrun;
import org.closureassurance.simulator.model.RehabilitationDomain;
import org.closureassurance.simulator.model.Requirement;
import org.closureassurance.simulator.model.RiskEvent;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.model.WaterStream;
import org.closureassurance.simulator.value.Value;

/**
 * Checks a scenario that is already built from records (in the GUI, say) for everything the
 * records themselves do not forbid: ranges of Values, units and their dimensions, unique
 * names, correlations. It walks the sections; the checks of each live in a class per section
 * ({@link CostChecks}, {@link WaterChecks}, ...), beside the checks they share
 * ({@link FieldChecks}, {@link UnitChecks}, {@link NameChecks}). The file reader runs the same checks on each object's parts as it reads
 * them, so a problem is worded the same, and listed in the same order, whichever way the
 * scenario came in.
 */
public final class ScenarioValidator {
    private ScenarioValidator() {
    }

    /**
     * Every problem of {@code scenario}, by JSON path as in its file and in the file reader's
     * order; empty when it is sound.
     */
    public static List<ValidationError> validate(Scenario scenario) {
        List<ValidationError> out = new ArrayList<>();
        NameChecks.checkPrintable(Top.NAME.name(), scenario.name(), out);
        checkForfeiture(scenario.forfeiture(), out);
        checkSection(Top.COST_ITEMS, scenario.costItems(), CostItem::name, CostChecks::checkCostItem, out);
        checkSection(Top.INDIRECT_COSTS, scenario.indirectCosts(), IndirectCost::name,
                CostChecks::checkIndirectCost, out);
        checkSection(Top.WATER_TREATMENT, scenario.waterTreatment(), WaterStream::name,
                WaterChecks::checkWaterStream, out);
        checkSection(Top.REHABILITATION, scenario.rehabilitation(), RehabilitationDomain::name,
                RehabilitationChecks::checkRehabilitation, out);
        checkSection(Top.RISK_EVENTS, scenario.riskEvents(), RiskEvent::name, RiskEventChecks::checkRiskEvent,
                out);
        checkSection(Top.ASSURANCE, scenario.assurance(), AssuranceInstrument::name,
                AssuranceChecks::checkAssurance, out);
        checkSection(Top.OVERRUNS, scenario.overruns(), Overrun::name, OverrunChecks::checkOverrun, out);
        OverrunChecks.checkCategories(scenario.overruns(), OverrunChecks.categories(scenario.costItems()), out);
        checkSection(Top.REQUIREMENTS, scenario.requirements(), Requirement::name,
                RequirementChecks::checkRequirement, out);
        RequirementChecks.checkBaseNeedsPackage(scenario.requirements(), scenario.hasPackage(), out);
        AfterForfeiture after = scenario.afterForfeiture();
        AfterForfeitureChecks.check(Top.AFTER_FORFEITURE.name(), after.mobilisationDelayYears(),
                after.careAndMaintenancePerYear(), after.thirdPartyPremiumPercent(), after.estateRecoveryRate(), out);
        EconomicsChecks.checkEconomics(scenario.economics(), scenario.hasPerpetualWater(), scenario.waterTreatment(),
                out);
        CorrelationChecks.checkCorrelations(scenario.correlations(), InputPaths.all(scenario), path -> false, out);
        EconomyChecks.checkScenario(scenario, out);
        return out;
    }

    /** Checks one element of a section, reporting under the element's {@code path}. */
    @FunctionalInterface
    private interface ElementCheck<T> {
        void check(String path, T element, List<ValidationError> out);
    }

    private static <T> void checkSection(FormatField list, List<T> elements, Function<T, String> name,
                                         ElementCheck<T> check, List<ValidationError> out) {
        String section = list.name();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            check.check(JsonPath.index(section, i), elements.get(i), out);
            names.add(name.apply(elements.get(i)));
        }
        NameChecks.checkNames(section, names, out);
    }

    /*
     * The element checks (here, and per section in CostChecks, WaterChecks, RehabilitationChecks,
     * RiskEventChecks and AssuranceChecks) take an element's parts, any of which may be null: not
     * given, or given but not readable (the reader has reported why). Each part is judged on its
     * own, so a file reports every independent problem of an element in one pass, and a part is
     * judged against another only when both were read. Inner objects are checked before the
     * fields of the element that holds them, in the file reader and here alike.
     */

    static void checkForfeiture(Forfeiture f, List<ValidationError> out) {
        if (f instanceof Forfeiture.AnnualHazard h) {
            checkHazard(h.beforeClosure(), h.afterClosure(), out);
        }
    }

    static void checkHazard(Value beforeClosure, Value afterClosure, List<ValidationError> out) {
        FieldChecks.inRange(Top.FORFEITURE.name(), ScenarioFormat.Forfeiture.BEFORE_CLOSURE, beforeClosure, out);
        FieldChecks.inRange(Top.FORFEITURE.name(), ScenarioFormat.Forfeiture.AFTER_CLOSURE, afterClosure, out);
    }
}
