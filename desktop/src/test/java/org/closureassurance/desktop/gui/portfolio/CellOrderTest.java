package org.closureassurance.desktop.gui.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CellOrderTest {
    @Test
    void sortsNumbersByValueBeforeTextAndEmptyCells() {
        List<String> cells = new ArrayList<>(List.of("10", "", "lots", "9", "2.5e6", "-1", "Abc"));

        cells.sort(new CellOrder());

        assertEquals(List.of("-1", "9", "10", "2.5e6", "", "Abc", "lots"), cells);
    }
}
