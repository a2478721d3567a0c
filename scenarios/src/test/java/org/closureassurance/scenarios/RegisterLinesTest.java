package org.closureassurance.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.closureassurance.simulator.model.AfterForfeiture;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.BondKind;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.portfolio.SimpleSite;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A register with its own column names is read through a mapping and checked line by line. */
class RegisterLinesTest {
    private static final Map<String, String> MAPPING = Map.of("Site", "name", "Cost estimate", "estimate",
            "Closes", "closureYear", "Bond", "assurance", "Hazard", "hazardBeforeClosure");

    @TempDir
    Path dir;

    private Path csv(String text) throws IOException {
        Path file = dir.resolve("register.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsTheHeaderAndPutsMappedColumnsInTheirRegisterColumns() throws IOException {
        Path file = csv("Site,Owner,Cost estimate,Closes,Bond,Hazard\nPit 2,ACME,1000000,5,400000,0.02\n");

        assertEquals(List.of("Site", "Owner", "Cost estimate", "Closes", "Bond", "Hazard"),
                RegisterLines.header(file));
        List<RegisterLines.Line> lines = RegisterLines.read(file, MAPPING);
        assertEquals(1, lines.size());
        assertEquals(2, lines.get(0).number());
        assertEquals("Pit 2", lines.get(0).cell("name"));
        assertEquals("1000000", lines.get(0).cell("estimate"));
        assertEquals("", lines.get(0).cell("category"), "an unmapped column (Owner) is left out");

        RegisterLines.Check check = RegisterLines.check(lines.get(0), Set.of(), Set.of());
        SimpleSite expected = new SimpleSite("Pit 2", null, 1e6, Value.of(1), Value.of(5), 1,
                new Forfeiture.AnnualHazard(Value.of(0.02), Value.of(0)),
                List.of(new AssuranceInstrument.Bond("Pit 2 surety", null, BondKind.SURETY, Value.of(400000), null,
                        Value.of(0), Value.of(0))), AfterForfeiture.NONE);
        assertEquals(expected, check.site());
        assertEquals(Map.of(), check.problems());
    }

    @Test
    void aBadLineNamesItsCellsInTheRegistersWords() throws IOException {
        Path file = csv("Site,Cost estimate,Closes,Bond,Hazard\nPit 3,lots,5,,1.5\n");

        RegisterLines.Check check = RegisterLines.check(RegisterLines.read(file, MAPPING).get(0), Set.of(), Set.of());

        assertNull(check.site());
        assertEquals(Map.of("estimate", "must be a number, was \"lots\"",
                "hazardBeforeClosure", "must lie in [0, 1] (was 1.5)"), check.problems());
    }

    @Test
    void aProviderMustBeOneThePortfolioNames() {
        RegisterLines.Line line = new RegisterLines.Line(0, Map.of("name", "Pit 5", "estimate", "10",
                "closureYear", "3", "assurance", "5", "provider", "Surety Co B"));

        assertEquals(Set.of("provider"), RegisterLines.check(line, Set.of(), Set.of("Surety Co A")).problems()
                .keySet());
        assertEquals(Map.of(), RegisterLines.check(line, Set.of(), Set.of("Surety Co B")).problems());
    }
}
