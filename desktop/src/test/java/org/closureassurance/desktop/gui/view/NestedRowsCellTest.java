package org.closureassurance.desktop.gui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.closureassurance.desktop.gui.form.ElementForm;
import org.closureassurance.desktop.gui.form.FieldKind;
import org.closureassurance.desktop.gui.form.FieldSpec;
import org.closureassurance.desktop.gui.form.ScenarioSchema;
import org.junit.jupiter.api.Test;

/** A tiered rule's add-on holds its brackets as rows; its cell says how many and how to edit them. */
class NestedRowsCellTest {
    @Test
    void anAddOnsBracketsCellCountsItsRowsAndSaysHowToEditThem() {
        FieldSpec addons = ScenarioSchema.forSection("requirements").field("addons");
        FieldSpec brackets = addons.rowFields().stream().filter(f -> f.key().equals("brackets")).findFirst()
                .orElseThrow();

        assertEquals(FieldKind.ROWS, brackets.kind());
        assertEquals("3 rows (double-click to edit)", FormTable.display(brackets,
                List.of(ElementForm.empty(), ElementForm.empty(), ElementForm.empty())));
        assertEquals("1 row (double-click to edit)", FormTable.display(brackets, List.of(ElementForm.empty())));
    }
}
