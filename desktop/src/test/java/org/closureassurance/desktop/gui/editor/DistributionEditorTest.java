package org.closureassurance.desktop.gui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.closureassurance.desktop.gui.form.DistributionKind;
import org.closureassurance.desktop.gui.form.ValueForm;
import org.closureassurance.simulator.value.Triangular;
import org.junit.jupiter.api.Test;

class DistributionEditorTest {

    @Test
    void previewsAValidValueAndNamesTheBadParameter() {
        DistributionEditor d = new DistributionEditor("costItems[0].amount", ValueForm.constant("100"), false);
        d.setKind(DistributionKind.TRIANGULAR);
        // sd 10 kept by a half-width of 10 sqrt(6) = 24.49 (ValueFormTest derives it)
        assertEquals(new Triangular(75.51, 100, 124.49), d.value());
        assertEquals(100, d.preview().p50(), 1e-9);

        d.setParameter("max", "90");

        assertFalse(d.canAccept());
        assertNull(d.preview());
        assertEquals(List.of("must be >= mode (was 90 < 100)"), d.errorsOf("max"));
        assertEquals(List.of(), d.errorsOf("min"));
    }

    @Test
    void anOptionalValueMayBeLeftEmpty() {
        DistributionEditor optional = new DistributionEditor("p", null, true);
        DistributionEditor required = new DistributionEditor("p", null, false);

        assertTrue(optional.canAccept());
        assertNull(optional.value());
        assertEquals(List.of("required field is missing"), required.errorsOf("value"));
    }

    @Test
    void keepsTheFormOfTheLastKind() {
        DistributionEditor d = new DistributionEditor("p", ValueForm.constant("0.03"), false);
        d.setKind(DistributionKind.LOGNORMAL);

        assertEquals(DistributionKind.LOGNORMAL, d.form().kind());
        assertNotNull(d.value());
    }
}
