package org.closureassurance.desktop.gui.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.closureassurance.scenarios.PortfolioOutline;
import org.closureassurance.scenarios.RegisterLines;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.closureassurance.simulator.model.AfterForfeiture;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.BondKind;
import org.closureassurance.simulator.model.Economics;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.portfolio.Portfolio;
import org.closureassurance.simulator.portfolio.ScenarioSite;
import org.closureassurance.simulator.portfolio.SimpleSite;
import org.closureassurance.simulator.value.LogNormalRange;
import org.closureassurance.simulator.value.Uniform;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;

class PortfolioDocumentTest {
    private static RegisterLines.Line line(long number, String name, String estimate, String closureYear) {
        return new RegisterLines.Line(number, Map.of("name", name, "estimate", estimate, "closureYear", closureYear,
                "category", "quarry", "assurance", "1000"));
    }

    private static PortfolioDocument imported() {
        return PortfolioDocument.fromRegister("Register", List.of(line(2, "Pit 1", "5000", "4"),
                line(3, "Pit 2", "lots", "6"), line(4, "Pit 3", "7000", "8")));
    }

    @Test
    void aBadLineShowsTheReadersMessageOnItsCellAndBlocksTheRun() {
        PortfolioDocument d = imported();

        assertEquals("must be a number, was \"lots\"", d.problem(1, SiteColumn.ESTIMATE));
        assertNull(d.problem(1, SiteColumn.CLOSURE_YEAR));
        assertNull(d.problem(0, SiteColumn.ESTIMATE));
        assertEquals(List.of("Pit 2 (register line 3): Estimate: must be a number, was \"lots\""), d.problems());
        assertNull(d.portfolio());
        assertTrue(d.isDirty(), "a portfolio made from a register is not saved yet");
    }

    @Test
    void editingTheBadCellInPlaceMakesTheSiteAndThePortfolio() {
        PortfolioDocument d = imported();
        int[] told = {0};
        d.addListener(x -> told[0]++);

        d.edit(1, SiteColumn.ESTIMATE, "6000");

        assertEquals(1, told[0]);
        assertNull(d.problem(1, SiteColumn.ESTIMATE));
        Portfolio p = d.portfolio();
        assertNotNull(p);
        assertEquals(List.of("Pit 1", "Pit 2", "Pit 3"), p.sites().stream().map(s -> s.name()).toList());
        SimpleSite pit2 = assertInstanceOf(SimpleSite.class, p.sites().get(1));
        assertEquals(new SimpleSite("Pit 2", "quarry", 6000, Value.of(1), Value.of(6), 1,
                new Forfeiture.AnnualHazard(Value.of(0), Value.of(0)),
                List.of(new AssuranceInstrument.Bond("Pit 2 surety", null, BondKind.SURETY, Value.of(1000), null,
                        Value.of(0), Value.of(0))), AfterForfeiture.NONE), pit2);
        assertEquals(10_000, p.simulation().iterations());
    }

    @Test
    void aDuplicateNameIsShownOnBothRowsUntilOneIsRenamed() {
        PortfolioDocument d = imported();
        d.edit(1, SiteColumn.ESTIMATE, "6000");
        d.edit(2, SiteColumn.NAME, "Pit 1");

        assertNotNull(d.problem(0, SiteColumn.NAME));
        assertNotNull(d.problem(2, SiteColumn.NAME));
        assertNull(d.portfolio());

        d.edit(2, SiteColumn.NAME, "Pit 4");
        assertNull(d.problem(0, SiteColumn.NAME));
        assertNotNull(d.portfolio());
    }

    @Test
    void anAddedSiteShowsItsRequiredCellsEmptyAndRemovingRowsKeepsTheRest() {
        PortfolioDocument d = imported();
        d.edit(1, SiteColumn.ESTIMATE, "6000");
        d.markSaved();

        int added = d.addSite();

        assertEquals(3, added);
        assertEquals("New site 1", d.text(added, SiteColumn.NAME));
        assertEquals("required, but the cell is empty", d.problem(added, SiteColumn.ESTIMATE));
        assertEquals("typed in", d.text(added, SiteColumn.SOURCE));
        assertTrue(d.isDirty());

        d.remove(3, 0);
        assertEquals(List.of("Pit 2", "Pit 3"), d.rows().stream().map(SiteRow::name).toList());
        assertNotNull(d.portfolio());
    }

    @Test
    void aSiteARegisterLineCanHoldIsEditableAndARicherOneIsKeptWhole() {
        SimpleSite plain = new SimpleSite("Plain", "coal", 2e6, new LogNormalRange(0.8, 1.5), Value.of(5), 2,
                new Forfeiture.AnnualHazard(Value.of(0.01), Value.of(0.02)),
                List.of(new AssuranceInstrument.SelfBond("Plain self-bond", null, Value.of(5e5))),
                AfterForfeiture.NONE);
        SimpleSite rich = new SimpleSite("Rich", null, 1e6, Value.of(1), new Uniform(3, 9), 1,
                new Forfeiture.AtClosure(), List.of(), AfterForfeiture.NONE);
        ScenarioSite mine = new ScenarioSite("Mine", BundledScenarios.load(BundledScenarios.defaultName()));
        Portfolio p = new Portfolio("P", null, null, null, PortfolioDocument.NEW_SIMULATION,
                new Economics(Value.of(0.03)), null, List.of(), List.of(plain, rich, mine), null);

        PortfolioDocument d = PortfolioDocument.of(p, new PortfolioOutline(Map.of("Mine", "mine.json"), Set.of(),
                Set.of()));

        assertInstanceOf(SiteRow.Line.class, d.rows().get(0));
        assertInstanceOf(SiteRow.Fixed.class, d.rows().get(1));
        assertInstanceOf(SiteRow.Scenario.class, d.rows().get(2));
        assertTrue(d.editable(0, SiteColumn.ESTIMATE));
        assertFalse(d.editable(1, SiteColumn.ESTIMATE));
        assertEquals("uniform, mean 6", d.text(1, SiteColumn.CLOSURE_YEAR));
        assertEquals("at-closure", d.text(1, SiteColumn.HAZARD_BEFORE));
        assertEquals("scenario mine.json", d.text(2, SiteColumn.SOURCE));
        assertEquals(p, d.portfolio(), "opening and running change nothing");
        assertFalse(d.isDirty());
        assertEquals(Map.of("Mine", "mine.json"), d.scenarioFiles());
    }

    @Test
    void refusesToSaveAPortfolioWhoseDeclaredProvidersItDoesNotCarry() {
        Portfolio p = new Portfolio("P", null, null, null, PortfolioDocument.NEW_SIMULATION,
                new Economics(Value.of(0.03)), null, List.of(), List.of(), null);

        PortfolioDocument d = PortfolioDocument.of(p, new PortfolioOutline(Map.of(), Set.of(), Set.of("Surety A")));

        assertNull(d.portfolio());
        assertEquals(1, d.problems().size());
    }

    @Test
    void filtersByTextInAnyCellAndByProblems() {
        PortfolioDocument d = imported();

        assertEquals(List.of(0, 1, 2), matching(d, SiteFilter.ALL));
        assertEquals(List.of(2), matching(d, new SiteFilter("pit 3", false)));
        assertEquals(List.of(1), matching(d, new SiteFilter("", true)));
        assertEquals(List.of(0, 1, 2), matching(d, new SiteFilter("QUARRY", false)));
    }

    @Test
    void theLevyAndTheIterationsAreEditsThePortfolioRunsWith() {
        PortfolioDocument d = PortfolioDocument.of(ResultsFixture.portfolio(1), new PortfolioOutline(Map.of(),
                Set.of(), Set.of()));

        d.setContributionPercent(2);
        d.setIterations(500);

        assertTrue(d.isDirty());
        assertEquals(2, d.portfolio().fund().contributionPercent());
        assertEquals(500, d.portfolio().simulation().iterations());
        assertEquals(ResultsFixture.portfolio(1).fund().initialBalance(), d.portfolio().fund().initialBalance());
    }

    private static List<Integer> matching(PortfolioDocument d, SiteFilter f) {
        return java.util.stream.IntStream.range(0, d.size()).filter(i -> f.matches(d, i)).boxed().toList();
    }
}
