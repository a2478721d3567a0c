package org.closureassurance.desktop.gui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PricePerTest {

    @Test
    void theUnitOfAPriceSaysItsCurrency() {
        assertEquals("USD per m3", PricePer.label("USD", "m3"));
        assertEquals("per ha", PricePer.label(" ", "ha"));
    }

    @Test
    void onlyTheUnitsPricesArePerArePriceUnits() {
        assertTrue(PricePer.isPriceUnit("unitCost.per"));
        assertTrue(PricePer.isPriceUnit("setback.reworkCostPerArea.per"));
        assertFalse(PricePer.isPriceUnit("quantity.unit"));
        assertFalse(PricePer.isPriceUnit(null));
    }
}
