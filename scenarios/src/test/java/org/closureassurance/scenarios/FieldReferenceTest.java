package org.closureassurance.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The field reference committed in docs/scenario-format.md is the one {@link ScenarioFormat}
 * gives. When the schema changes, regenerate the page with
 * {@code mvn -B -pl scenarios -am verify -Dtest=FieldReferenceTest -Dsurefire.failIfNoSpecifiedTests=false
 * -DfieldReference.write=true} and commit it.
 */
class FieldReferenceTest {
    private static final String REGENERATE = "mvn -B -pl scenarios -am verify -Dtest=FieldReferenceTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -DfieldReference.write=true";

    private static Path page() {
        Path dir = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("docs/scenario-format.md"))) {
                return d.resolve("docs/scenario-format.md");
            }
        }
        throw new IllegalStateException("no docs/scenario-format.md at or above " + dir);
    }

    @Test
    void theCommittedPageHoldsTheTablesTheSchemaGives() throws IOException {
        Path page = page();
        String committed = Files.readString(page, StandardCharsets.UTF_8);
        String generated = FieldReference.withTables(committed);
        if (Boolean.getBoolean("fieldReference.write")) {
            Files.writeString(page, generated, StandardCharsets.UTF_8);
        }
        assertEquals(generated, Files.readString(page, StandardCharsets.UTF_8),
                "docs/scenario-format.md is stale; regenerate it with: " + REGENERATE);
    }

    @Test
    void everyFieldOfTheSchemaHasARow() {
        String tables = FieldReference.markdown();
        for (FormatObject o : ScenarioFormat.objects()) {
            for (FormatField f : o.fields()) {
                assertTrue(tables.contains("| `" + f.name() + "` |"), o.path() + "." + f.name());
            }
        }
    }

    @Test
    void rowsStateTypeUnitDefaultLimitsAndWords() {
        String tables = FieldReference.markdown();
        // one row of each kind, written out by hand from the declarations in ScenarioFormat
        assertTrue(tables.contains("| `horizonYears` | integer | required | 1..1000: years simulated, "
                + "`0 .. horizonYears - 1` |"), tables);
        assertTrue(tables.contains("| `probability` | Value | 1 | `[0, 1]`: the chance the stream is needed at all, "
                + "decided once per iteration |"), tables);
        assertTrue(tables.contains("| `maintenanceCostPerAreaYear` | rate per area | none | value `>= 0`: paid each "
                + "year after the start until the domain is complete |"), tables);
        assertTrue(tables.contains("| `sampling` | word | `monte-carlo` | `monte-carlo` or `latin-hypercube`; "), tables);
        assertTrue(tables.contains("| `annual-hazard` | `beforeClosure` | Value (probability per year) | 0 | "), tables);
    }

    @Test
    void aPageWithoutMarkersIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> FieldReference.withTables("# no markers\n"));
    }
}
