package org.closureassurance.desktop.gui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListTableModelTest {

    @Test
    void cellsComeFromTheRowItsPositionAndTheColumn() {
        ListTableModel<String> model = new ListTableModel<>(List.of("Rank", "Name", "Length"),
                (row, index, column) -> switch (column) {
                    case 0 -> index + 1;
                    case 1 -> row;
                    default -> row.length();
                });
        assertEquals(0, model.getRowCount());
        assertEquals(3, model.getColumnCount());
        assertEquals("Length", model.getColumnName(2));
        List<String> rows = new ArrayList<>(List.of("pit lake", "dump"));
        int[] events = {0};
        model.addTableModelListener(e -> events[0]++);
        model.show(rows);
        rows.clear();
        assertEquals(1, events[0]);
        assertEquals(2, model.getRowCount(), "the model keeps its own copy of the rows");
        assertEquals(2, model.getValueAt(1, 0));
        assertEquals("dump", model.getValueAt(1, 1));
        assertEquals(8, model.getValueAt(0, 2));
    }
}
