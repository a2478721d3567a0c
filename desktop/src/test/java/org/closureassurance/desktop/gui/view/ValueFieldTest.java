package org.closureassurance.desktop.gui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javax.swing.JMenuItem;
import org.closureassurance.desktop.gui.form.ValueForm;
import org.closureassurance.desktop.gui.form.ValuePreset;
import org.closureassurance.simulator.value.Triangular;
import org.junit.jupiter.api.Test;

/** The Value field headless: Swing components can be made and read without a display. */
class ValueFieldTest {

    @Test
    void aDistributionLooksReadOnlyAndAPlainNumberEditable() {
        List<ValueForm> typed = new ArrayList<>();
        ValueField field = new ValueField(typed::add, () -> { });

        field.show(ValueForm.of(new Triangular(5, 8, 20)));

        assertFalse(field.textField().isEditable());
        assertEquals(DesktopLook.READ_ONLY_BACKGROUND, field.textField().getBackground());

        field.show(ValueForm.constant("100"));

        assertTrue(field.textField().isEditable());
        assertNotEquals(DesktopLook.READ_ONLY_BACKGROUND, field.textField().getBackground());
    }

    @Test
    void aProblemShowsOverTheReadOnlyShade() {
        ValueField field = new ValueField(v -> { }, () -> { });
        field.show(ValueForm.of(new Triangular(5, 8, 20)));

        field.mark("must be >= mode");

        assertEquals(DesktopLook.ERROR_BACKGROUND, field.textField().getBackground());

        field.mark(null);

        assertEquals(DesktopLook.READ_ONLY_BACKGROUND, field.textField().getBackground());
    }

    @Test
    void showsALongPlainNumberGroupedAsTablesDoWithoutReportingItAsTyped() {
        List<ValueForm> typed = new ArrayList<>();
        ValueField field = new ValueField(typed::add, () -> { });

        field.show(ValueForm.constant("2000000"));

        assertEquals("2\u2009000\u2009000", field.textField().getText());
        assertEquals(List.of(), typed);
    }

    @Test
    void aPresetChosenFromTheMenuGoesToTheField() {
        List<ValueForm> chosen = new ArrayList<>();
        ValueField field = new ValueField(v -> { }, () -> { });
        ValueForm triangular = ValueForm.of(new Triangular(1, 1.2, 2));

        field.offer(List.of(new ValuePreset("Wide", "A wide range.", triangular)), chosen::add);
        JMenuItem item = (JMenuItem) field.presetMenu().getComponent(0);
        item.doClick(0);

        assertEquals("Wide", item.getText());
        assertEquals("A wide range.", item.getToolTipText());
        assertEquals(List.of(triangular), chosen);
    }

    @Test
    void aFieldWithoutPresetsHasNoMenu() {
        ValueField field = new ValueField(v -> { }, () -> { });

        field.offer(List.of(), v -> { });

        assertEquals(0, field.presetMenu().getComponentCount());
    }
}
