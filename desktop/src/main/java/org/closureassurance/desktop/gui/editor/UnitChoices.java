package org.closureassurance.desktop.gui.editor;

import java.util.List;
import org.closureassurance.desktop.gui.form.ElementForm;
import org.closureassurance.scenarios.units.Dimension;
import org.closureassurance.scenarios.units.KnownUnit;
import org.closureassurance.scenarios.units.UnitTable;

/**
 * The units a unit field offers: those of its dimension from the format's unit table, those
 * of the dimension of the unit it must match (a cost item's price is per a unit of its
 * quantity's dimension), or every unit when nothing constrains it.
 */
public final class UnitChoices {
    private UnitChoices() {
    }

    /**
     * The symbols to offer for a unit field of {@code dimension} (nullable) whose unit must match
     * the one at {@code sameDimensionAs} (nullable) in {@code element}.
     */
    public static List<String> of(Dimension dimension, String sameDimensionAs, ElementForm element) {
        if (dimension != null) {
            return UnitTable.symbols(dimension);
        }
        if (sameDimensionAs != null) {
            Dimension d = UnitTable.find(element.text(sameDimensionAs).strip()).map(KnownUnit::dimension).orElse(null);
            if (d != null) {
                return UnitTable.symbols(d);
            }
        }
        return UnitTable.symbols();
    }
}
