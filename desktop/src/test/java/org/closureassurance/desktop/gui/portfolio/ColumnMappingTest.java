package org.closureassurance.desktop.gui.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {
    private final Preferences prefs = Preferences.userRoot().node("closure-assurance-test/" + UUID.randomUUID());

    @AfterEach
    void tearDown() throws BackingStoreException {
        prefs.removeNode();
    }

    @Test
    void guessesHeadersThatAreRegisterColumnsIgnoringCaseAndSpaces() {
        ColumnMapping m = ColumnMapping.guess(List.of("Name", "Closure year", "Owner", "ESTIMATE"));

        assertEquals(Map.of("Name", "name", "Closure year", "closureYear", "ESTIMATE", "estimate"), m.columnOf());
        assertEquals(List.of(), m.problems());
        assertFalse(m.isIdentity(), "the headers differ from the register's names");
        assertTrue(ColumnMapping.guess(List.of("name", "estimate", "closureYear")).isIdentity());
    }

    @Test
    void namesAMissingRequiredColumnAndAColumnMappedTwice() {
        ColumnMapping m = ColumnMapping.guess(List.of("Site", "Cost", "Closes")).with("Site", "name")
                .with("Cost", "estimate").with("Closes", "estimate");

        assertEquals(List.of("no column is mapped to \"closureYear\", which every site needs",
                "\"Cost\" and \"Closes\" are both mapped to \"estimate\""), m.problems());
        assertEquals(List.of(), m.with("Closes", "closureYear").problems());
        assertEquals(null, m.with("Closes", null).columnOf("Closes"));
    }

    @Test
    void remembersAMappingByTheSetOfHeadersInAnyOrder() {
        MappingMemory memory = new MappingMemory(prefs);
        ColumnMapping m = new ColumnMapping(List.of("Site", "Cost", "Closes", "Owner"),
                Map.of("Site", "name", "Cost", "estimate", "Closes", "closureYear"));

        assertEquals(Optional.empty(), memory.recall(m.header()));
        memory.remember(m);

        List<String> reordered = List.of("Owner", "Closes", "Site", "Cost");
        assertEquals(Optional.of(new ColumnMapping(reordered, m.columnOf())), memory.recall(reordered));
        assertEquals(Optional.empty(), memory.recall(List.of("Site", "Cost", "Closes")), "another header set");
        assertEquals(Optional.of(m), new MappingMemory(prefs).recall(m.header()), "kept in the preferences");
    }
}
