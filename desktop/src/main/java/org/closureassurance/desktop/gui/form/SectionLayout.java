package org.closureassurance.desktop.gui.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.closureassurance.scenarios.AssuranceFormat.Assurance;
import org.closureassurance.scenarios.CorrelationFormat.Correlation;
import org.closureassurance.scenarios.CostFormat.CostItem;
import org.closureassurance.scenarios.CostFormat.IndirectCost;
import org.closureassurance.scenarios.FieldType;
import org.closureassurance.scenarios.FormatField;
import org.closureassurance.scenarios.FormatObject;
import org.closureassurance.scenarios.RehabilitationFormat.Recovery;
import org.closureassurance.scenarios.RehabilitationFormat.Rehabilitation;
import org.closureassurance.scenarios.RiskEventFormat.RiskEvent;
import org.closureassurance.scenarios.ScenarioFormat.Common;
import org.closureassurance.scenarios.WaterFormat.Duration;
import org.closureassurance.scenarios.WaterFormat.Water;

/**
 * Which fields a list section's table shows as columns, the one thing about a section's page
 * the schema does not say. A section not listed here (one added to the format later) shows its
 * name, its variant word and its first required fields. A Quantity or rate column brings its
 * unit column along.
 */
final class SectionLayout {
    private static final Map<FormatObject, List<Object>> COLUMNS = Map.of(
            CostItem.OBJECT, List.of(Common.NAME, CostItem.CATEGORY, CostItem.QUANTITY, CostItem.UNIT_COST,
                    CostItem.AMOUNT, new Short(CostItem.START_YEAR, "Start (after closure)"),
                    new Short(CostItem.DURATION_YEARS, "Years")),
            IndirectCost.OBJECT, List.of(Common.NAME, IndirectCost.PERCENT, IndirectCost.APPLIES_TO),
            Correlation.OBJECT, List.of(Correlation.A, Correlation.B, Correlation.RHO),
            Water.OBJECT, List.of(Common.NAME, new Short(Water.PROBABILITY, "Probability (0–1)"), Water.START_YEAR,
                    Duration.TYPE, Water.FLOW),
            Rehabilitation.OBJECT, List.of(Common.NAME, Rehabilitation.AREA, Rehabilitation.START_YEAR, Recovery.MODEL,
                    Recovery.TARGET),
            RiskEvent.OBJECT, List.of(Common.NAME, ShapeChoice.OCCURRENCE, RiskEvent.COST),
            Assurance.OBJECT, List.of(Common.NAME, Assurance.TYPE, Assurance.AMOUNT));
    private static final int GENERIC_COLUMNS = 4;

    /** A column headed with a shorter label than the field's, so that the table fits. */
    private record Short(FormatField field, String label) {
    }

    private SectionLayout() {
    }

    /** The columns of the table of {@code element}'s section, picked from its {@code fields}. */
    static List<FieldSpec> columns(FormatObject element, List<FieldSpec> fields) {
        List<Object> chosen = COLUMNS.get(element);
        List<FieldSpec> out = new ArrayList<>();
        if (chosen == null) {
            for (FieldSpec f : fields) {
                boolean wanted = f.source() != null && (f.source() == Common.NAME || f.source().required()
                        || f.source().name().equals(element.discriminator()));
                if (wanted && out.size() < GENERIC_COLUMNS && f.kind() != FieldKind.ROWS) {
                    add(f, out);
                }
            }
            return out;
        }
        for (Object c : chosen) {
            for (FieldSpec f : fields) {
                if (c instanceof Short s && f.source() == s.field()) {
                    add(f.labelled(s.label()), out);
                    break;
                }
                if (c instanceof FormatField field ? f.source() == field : f.key().equals(c)) {
                    add(f, out);
                    break;
                }
            }
        }
        return out;
    }

    private static void add(FieldSpec f, List<FieldSpec> out) {
        out.add(f);
        if (f.unitKey() != null) {
            boolean price = f.source().type() == FieldType.RATE;
            out.add(FieldSpec.of(f.unitKey(), price ? "Priced per" : "Unit", FieldKind.UNIT).dimension(f.dimension())
                    .sameDimensionAs(f.sameDimensionAs()).when(f::isShownFor));
        }
    }
}
