package org.closureassurance.desktop.gui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.closureassurance.scenarios.FieldType;
import org.closureassurance.scenarios.FormatField;
import org.closureassurance.scenarios.FormatObject;
import org.closureassurance.scenarios.ScenarioFormat;
import org.closureassurance.scenarios.ScenarioFormat.Top;
import org.closureassurance.scenarios.WaterFormat.Duration;
import org.closureassurance.scenarios.WaterFormat.Water;
import org.junit.jupiter.api.Test;

/**
 * The editor's pages come from the scenario format: every field the schema declares (but the
 * fixed format line) is edited somewhere, with the schema's label, so that a field or section
 * added to the schema shows up in the forms without an edit here.
 */
class ScenarioSchemaDerivationTest {

    /** Every spec of every page, row fields included. */
    private static List<FieldSpec> everySpec() {
        List<FieldSpec> out = new ArrayList<>();
        for (SectionSpec page : ScenarioSchema.pages()) {
            page.fields().forEach(f -> addWithRows(f, out));
        }
        return out;
    }

    /** {@code f} and its row fields, to any depth (a tiered rule's add-ons hold brackets). */
    private static void addWithRows(FieldSpec f, List<FieldSpec> out) {
        out.add(f);
        f.rowFields().forEach(r -> addWithRows(r, out));
    }

    @Test
    void everyFieldOfTheFormatIsEditedWithItsSchemaLabel() {
        Set<FormatField> edited = new LinkedHashSet<>();
        for (FieldSpec s : everySpec()) {
            if (s.source() != null) {
                edited.add(s.source());
                assertEquals(s.source().title(), s.label());
            }
        }
        List<String> missing = new ArrayList<>();
        for (FormatObject o : ScenarioFormat.objects()) {
            for (FormatField f : o.fields()) {
                boolean page = o == Top.OBJECT && f.type() == FieldType.LIST;
                boolean nested = f.type() == FieldType.OBJECT && f.required();
                if (!edited.contains(f) && f != Top.FORMAT && !page && !nested) {
                    missing.add(o.path() + " " + f.name());
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyListSectionHasAPageTitledFromTheSchema() {
        for (FormatField f : Top.OBJECT.fields()) {
            if (f.type() == FieldType.LIST) {
                assertEquals(f.title(), ScenarioSchema.forSection(f.name()).title());
            }
        }
        assertEquals(ScenarioForm.SECTIONS.size() + 2, ScenarioSchema.pages().size());
    }

    @Test
    void aVariantFieldIsShownOnlyForItsWord() {
        FieldSpec halfLife = ScenarioSchema.forSection(Top.WATER_TREATMENT.name()).field(
                ScenarioSchema.key(Water.DURATION, Duration.HALF_LIFE_YEARS));
        String type = ScenarioSchema.key(Water.DURATION, Duration.TYPE);

        assertTrue(halfLife.isShownFor(ElementForm.of(type, "decay")));
        assertFalse(halfLife.isShownFor(ElementForm.of(type, "years")));
    }
}
