package org.closureassurance.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.Driver;
import org.closureassurance.simulator.model.EconomicFactor;
import org.closureassurance.simulator.model.FactorCorrelation;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.model.Provider;
import org.closureassurance.simulator.portfolio.Portfolio;
import org.closureassurance.simulator.portfolio.ScenarioSite;
import org.closureassurance.simulator.portfolio.SimpleSite;
import org.closureassurance.simulator.value.LogNormalRange;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioReaderTest {
    private static final String HEADER = "name,category,estimate,multiplierP10,multiplierP90,closureYear,"
            + "closureDurationYears,hazardBeforeClosure,hazardAfterClosure,factor,factorWeight,assurance,"
            + "assuranceType,provider\n";

    @TempDir
    Path dir;

    private static String scenario(String currency, String correlations) {
        return """
                {"format": "closure-assurance/1", "name": "Copper A", "currency": "%s",
                 "simulation": {"horizonYears": 30}, "economics": {"discountRate": 0.03},
                 "closureYear": 10, "forfeiture": {"mode": "at-closure"},
                 "costItems": [{"name": "Cap", "amount": {"dist": "uniform", "min": 1e6, "max": 2e6}}],
                 "correlations": %s}
                """.formatted(currency, correlations);
    }

    private static String portfolio(String sites, String extra) {
        return """
                {"format": "closure-assurance-portfolio/1", "name": "Test register", "currency": "AUD",
                 "simulation": {"iterations": 100, "seed": 7, "horizonYears": 30},
                 "economics": {"discountRate": 0.03},
                 "economy": {"factors": [{"name": "metal-prices", "persistence": 0.7}]},
                 "providers": [{"name": "Surety Co A", "annualDefaultProbability": 0.003, "recoveryRate": 0.3}],
                 "sites": [%s]%s}
                """.formatted(sites, extra);
    }

    private static final String QUARRY = """
            {"name": "Quarry 17", "category": "quarry", "estimate": 2.4e6,
             "multiplier": {"dist": "estimate-class", "class": 5},
             "closureYear": {"dist": "uniform", "min": 3, "max": 12}, "closureDurationYears": 2,
             "forfeiture": {"mode": "annual-hazard", "beforeClosure": 0.01, "afterClosure": 0.02,
                            "driver": {"factor": "metal-prices", "weight": 0.2}},
             "assurance": [{"type": "bond", "kind": "surety", "name": "Quarry 17 surety", "amount": 6e5}],
             "afterForfeiture": {"estateRecoveryRate": 0.1}}""";

    private PortfolioLoad read(String portfolioJson) throws IOException {
        Path file = dir.resolve("portfolio.json");
        Files.writeString(file, portfolioJson, StandardCharsets.UTF_8);
        return PortfolioReader.read(file);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static PortfolioError onlyError(PortfolioLoad load) {
        assertEquals(1, load.errors().size(), load.errorReport());
        return load.errors().get(0);
    }

    @Test
    void thePortfoliosEconomicsIsCheckedAsAScenariosIs() throws IOException {
        // a rate must exceed -1 and an escalation too (docs/model.md, discount schedules), as in a scenario
        PortfolioError escalation = onlyError(read(portfolio(QUARRY, "").replace("\"discountRate\": 0.03}",
                "\"discountRate\": 0.03, \"realCostEscalation\": -2}")));
        assertEquals("economics.realCostEscalation", escalation.where());
        PortfolioError rate = onlyError(read(portfolio(QUARRY, "").replace("\"discountRate\": 0.03}",
                "\"discountRate\": -1.5}")));
        assertEquals("economics.discountRate", rate.where());
    }

    @Test
    void aPerpetualStreamOfAScenarioSiteNeedsThePortfoliosRateAboveZero() throws IOException {
        // the portfolio's economics replaces the site's, so its rate must make the site's
        // perpetual treatment finite: (1 + g)/(1 + r) < 1, i.e. r > 0 without escalation
        write("copper-a.json", scenario("AUD", "[]").replace("\"correlations\"",
                "\"waterTreatment\": [{\"name\": \"Pit lake\", \"fixedAnnualCost\": 1e5, "
                        + "\"duration\": {\"type\": \"perpetual\"}}], \"correlations\""));
        PortfolioError rate = onlyError(read(portfolio("{\"name\": \"Copper mine A\", \"scenario\": \"copper-a.json\"}",
                "").replace("\"discountRate\": 0.03}", "\"discountRate\": 0}")));
        assertEquals("economics.discountRate", rate.where());
    }

    @Test
    void aFundWithoutANameIsCalledFund() throws IOException {
        // the specification's example names its fund but no sentence requires a name
        PortfolioLoad load = read(portfolio(QUARRY, """
                , "fund": {"initialBalance": 5e6, "contributionPercent": 1.5}"""));

        Portfolio p = assertInstanceOf(PortfolioLoad.Loaded.class, load, load.errorReport()).portfolio();
        assertEquals("fund", p.fund().name());
        assertEquals(5e6, p.fund().initialBalance());
    }

    @Test
    void readsScenarioSitesSimpleSitesAndRegisterLinesInFileOrder() throws IOException {
        write("copper-a.json", scenario("AUD", "[]"));
        write("register.csv", HEADER
                + "Pit 2,coal,1000000,0.8,1.5,5,3,0.02,0.03,metal-prices,0.3,400000,,Surety Co A\n"
                + "\n"
                + "Sand 9,,250000,,,7,,,,,,50000,self-bond,\n");
        PortfolioLoad load = read(portfolio("{\"name\": \"Copper mine A\", \"scenario\": \"copper-a.json\"}, "
                + QUARRY, """
                , "register": {"file": "register.csv"},
                "fund": {"name": "MRF", "initialBalance": 2.9e8, "contributionPercent": 1.0,
                         "annualReturn": {"dist": "normal", "mean": 0.02, "sd": 0.05}}"""));

        Portfolio p = assertInstanceOf(PortfolioLoad.Loaded.class, load, load.errorReport()).portfolio();
        assertEquals(List.of("Copper mine A", "Quarry 17", "Pit 2", "Sand 9"),
                p.sites().stream().map(s -> s.name()).toList());
        assertEquals(30, p.simulation().horizonYears());
        assertEquals("Copper A", assertInstanceOf(ScenarioSite.class, p.sites().get(0)).scenario().name());
        SimpleSite quarry = assertInstanceOf(SimpleSite.class, p.sites().get(1));
        assertEquals(2.4e6, quarry.estimate());
        assertEquals(2, quarry.closureDurationYears());
        assertEquals(Value.of(0.1), quarry.afterForfeiture().estateRecoveryRate());
        assertEquals(new Forfeiture.AnnualHazard(Value.of(0.01), Value.of(0.02), new Driver("metal-prices", 0.2)),
                quarry.forfeiture());
        SimpleSite pit = assertInstanceOf(SimpleSite.class, p.sites().get(2));
        assertEquals(new LogNormalRange(0.8, 1.5), pit.multiplier());
        assertEquals(3, pit.closureDurationYears());
        assertEquals(new Forfeiture.AnnualHazard(Value.of(0.02), Value.of(0.03), new Driver("metal-prices", 0.3)),
                pit.forfeiture());
        AssuranceInstrument.Bond bond = assertInstanceOf(AssuranceInstrument.Bond.class, pit.assurance().get(0));
        assertEquals("Pit 2 surety", bond.name());
        assertEquals(Value.of(400000), bond.amount());
        assertEquals("Surety Co A", bond.provider(), "the provider column names the bond's provider");
        SimpleSite sand = assertInstanceOf(SimpleSite.class, p.sites().get(3));
        assertEquals(Value.of(1), sand.multiplier());
        assertEquals(new Forfeiture.AnnualHazard(Value.of(0), Value.of(0)), sand.forfeiture());
        assertEquals("Sand 9 self-bond", sand.assurance().get(0).name());
        assertNull(sand.category());
        assertEquals(2.9e8, p.fund().initialBalance());
        assertEquals(1.0, p.fund().contributionPercent());
        assertEquals(List.of(new EconomicFactor("metal-prices", null, 0.7)), p.economy().factors());
        assertEquals(List.of(new Provider("Surety Co A", null, Value.of(0.003), Value.of(0.3), null)), p.providers());
        // the files read, the portfolio first; the register's hash by sha256sum of the same bytes
        List<PortfolioInput> inputs = ((PortfolioLoad.Loaded) load).inputs();
        assertEquals(List.of("portfolio", "scenario", "register"), inputs.stream().map(PortfolioInput::role).toList());
        assertEquals(List.of(dir.resolve("portfolio.json").toString(), "copper-a.json", "register.csv"),
                inputs.stream().map(PortfolioInput::path).toList());
        assertEquals("631a185e2990ba126c04fe1e689b2e05165ef681757c4997bc484a6a3b88a64c", inputs.get(2).sha256());
    }

    @Test
    void theSharedEconomyAndProvidersAreBoundWithTheirDriversAndCorrelations() throws IOException {
        String economy = "\"economy\": {\"factors\": [{\"name\": \"metal-prices\", \"persistence\": 0.7}]},";
        String shared = """
                "economy": {"factors": [{"name": "metal-prices", "persistence": 0.7},
                                        {"name": "rates", "persistence": 0.2}],
                            "correlations": [{"a": "metal-prices", "b": "rates", "rho": -0.4}]},""";
        String provider = "\"recoveryRate\": 0.3}";
        PortfolioLoad load = read(portfolio(QUARRY, "").replace(economy, shared).replace(provider,
                "\"recoveryRate\": 0.3, \"driver\": {\"factor\": \"rates\", \"weight\": 0.25}}"));
        Portfolio p = assertInstanceOf(PortfolioLoad.Loaded.class, load, load.errorReport()).portfolio();
        assertEquals(List.of("metal-prices", "rates"), p.economy().factors().stream().map(EconomicFactor::name).toList());
        assertEquals(List.of(new FactorCorrelation("metal-prices", "rates", -0.4)), p.economy().correlations());
        assertEquals(new Driver("rates", 0.25), p.providers().get(0).driver());

        PortfolioError unknown = onlyError(read(portfolio(QUARRY, "").replace(provider,
                "\"recoveryRate\": 0.3, \"driver\": {\"factor\": \"coal\", \"weight\": 0.25}}")));
        assertEquals("providers[0].driver.factor", unknown.where());
        PortfolioError twice = onlyError(read(portfolio("", "").replace("\"providers\": [",
                "\"providers\": [{\"name\": \"Surety Co A\", \"annualDefaultProbability\": 0.01}, ")));
        assertEquals("providers[1].name", twice.where());
    }

    /**
     * A scenario site runs with the portfolio's factors and providers, so a factor its drivers
     * name or a provider its bonds name must be the portfolio's: the error is at the site and
     * names the scenario file and the place in it.
     */
    @Test
    void aScenarioSiteNamingAFactorOrProviderThePortfolioLacksIsRefusedAtTheSite() throws IOException {
        write("copper-a.json", scenario("AUD", "[]").replace("\"forfeiture\": {\"mode\": \"at-closure\"},", """
                "economy": {"factors": [{"name": "copper-price", "persistence": 0.5}]},
                "providers": [{"name": "Surety Co Z", "annualDefaultProbability": 0.01}],
                "forfeiture": {"mode": "annual-hazard", "beforeClosure": 0.01, "afterClosure": 0.02,
                               "driver": {"factor": "copper-price", "weight": 0.3}},
                "assurance": [{"type": "bond", "name": "B", "amount": 1e6, "provider": "Surety Co Z"}],"""));
        PortfolioLoad load = read(portfolio("{\"name\": \"A\", \"scenario\": \"copper-a.json\"}", ""));
        assertEquals(List.of("sites[0].scenario", "sites[0].scenario"),
                load.errors().stream().map(PortfolioError::where).toList(), load.errorReport());
        assertTrue(load.errors().get(0).message().startsWith("the scenario copper-a.json, at forfeiture.driver: "
                + "unknown factor \"copper-price\""), load.errorReport());
        assertTrue(load.errors().get(1).message().startsWith("the scenario copper-a.json, at assurance[0].provider: "
                + "unknown provider \"Surety Co Z\""), load.errorReport());

        write("copper-a.json", scenario("AUD", "[]").replace("\"forfeiture\": {\"mode\": \"at-closure\"},", """
                "economy": {"factors": [{"name": "metal-prices", "persistence": 0.5}]},
                "forfeiture": {"mode": "annual-hazard", "beforeClosure": 0.01, "afterClosure": 0.02,
                               "driver": {"factor": "metal-prices", "weight": 0.3}},"""));
        PortfolioLoad fits = read(portfolio("{\"name\": \"A\", \"scenario\": \"copper-a.json\"}", ""));
        ScenarioSite site = assertInstanceOf(ScenarioSite.class,
                assertInstanceOf(PortfolioLoad.Loaded.class, fits, fits.errorReport()).portfolio().sites().get(0));
        assertEquals(0.5, site.scenario().economy().factors().get(0).persistence(), "the scenario is kept as read");
    }

    @Test
    void readsAnXlsxRegisterLikeItsCsv() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("r.xlsx"))) {
            Sheet sheet = book.createSheet("register");
            String[] header = HEADER.trim().split(",");
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                top.createCell(c).setCellValue(header[c]);
            }
            Row line = sheet.createRow(1);
            line.createCell(0).setCellValue("Pit 2");
            line.createCell(2).setCellValue(1234567.5);
            line.createCell(5).setCellValue(4);
            line.createCell(8).setCellValue(0.05);
            Row bad = sheet.createRow(2);
            bad.createCell(0).setCellValue("Pit 3");
            bad.createCell(2).setCellValue(-1);
            bad.createCell(5).setCellValue(4);
            book.write(out);
        }
        PortfolioLoad load = read(portfolio("", ", \"register\": {\"file\": \"r.xlsx\"}"));
        PortfolioError e = onlyError(load);
        assertEquals("r.xlsx", e.file());
        assertEquals("row 3, column C (estimate)", e.where());
        assertEquals("must be >= 0 (was -1)", e.message());

        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(dir.resolve("r.xlsx")));
             OutputStream out = Files.newOutputStream(dir.resolve("r.xlsx"))) {
            book.getSheetAt(0).removeRow(book.getSheetAt(0).getRow(2));
            book.write(out);
        }
        Portfolio p = assertInstanceOf(PortfolioLoad.Loaded.class, read(portfolio("",
                ", \"register\": {\"file\": \"r.xlsx\"}"))).portfolio();
        SimpleSite pit = assertInstanceOf(SimpleSite.class, p.sites().get(0));
        assertEquals(1234567.5, pit.estimate());
        assertEquals(Value.of(4), pit.closureYear());
        assertEquals(new Forfeiture.AnnualHazard(Value.of(0), Value.of(0.05)), pit.forfeiture());
    }

    @Test
    void missingScenarioFileIsNamedAtTheSitesPath() throws IOException {
        PortfolioError e = onlyError(read(portfolio("{\"name\": \"A\", \"scenario\": \"nowhere.json\"}", "")));
        assertEquals("portfolio.json", e.file());
        assertEquals("sites[0].scenario", e.where());
        assertTrue(e.message().startsWith("no such file: nowhere.json"), e.message());
    }

    @Test
    void problemsInsideAScenarioFileNameThatFile() throws IOException {
        write("copper-a.json", scenario("AUD", "[]").replace("\"closureYear\": 10,", ""));
        PortfolioError e = onlyError(read(portfolio("{\"name\": \"A\", \"scenario\": \"copper-a.json\"}", "")));
        assertEquals("copper-a.json", e.file());
        assertEquals("closureYear", e.where());
    }

    @Test
    void duplicateSiteNamesAreRefusedAcrossSitesAndRegister() throws IOException {
        PortfolioError inJson = onlyError(read(portfolio(QUARRY + ", " + QUARRY, "")));
        assertEquals("sites[1].name", inJson.where());
        assertTrue(inJson.message().contains("duplicate name \"Quarry 17\""), inJson.message());

        write("register.csv", HEADER + "Pit 2,,100,,,5,,,,,,,,\nQuarry 17,,100,,,5,,,,,,,,\n");
        PortfolioError inRegister = onlyError(read(portfolio(QUARRY, ", \"register\": {\"file\": \"register.csv\"}")));
        assertEquals("register.csv", inRegister.file());
        assertEquals("line 3, column 1 (name)", inRegister.where());
        assertTrue(inRegister.message().contains("also sites[0]"), inRegister.message());
    }

    @Test
    void negativeEstimateInTheRegisterIsNamedByLineAndColumn() throws IOException {
        write("register.csv", HEADER + "Pit 2,,100,,,5,,,,,,,,\n\"Pit, 3\",,-5,,,5,,,,,,,,\n");
        PortfolioError e = onlyError(read(portfolio("", ", \"register\": {\"file\": \"register.csv\"}")));
        assertEquals(new PortfolioError("register.csv", "line 3, column 3 (estimate)", "must be >= 0 (was -5)"), e);
    }

    @Test
    void negativeEstimateOfAJsonSiteIsNamedByPath() throws IOException {
        PortfolioError e = onlyError(read(portfolio(QUARRY.replace("2.4e6", "-1"), "")));
        assertEquals(new PortfolioError("portfolio.json", "sites[0].estimate", "must be >= 0 (was -1)"), e);
    }

    @Test
    void driverNamingAnUnknownFactorIsRefusedInJsonAndInTheRegister() throws IOException {
        PortfolioError json = onlyError(read(portfolio(QUARRY.replace("\"metal-prices\"", "\"metal-price\""), "")));
        assertEquals("sites[0].forfeiture.driver.factor", json.where());
        assertEquals("\"metal-price\" names no economic factor of this portfolio (did you mean \"metal-prices\"?)",
                json.message());

        write("register.csv", HEADER + "Pit 2,,100,,,5,,0.1,0.1,coal-prices,0.2,,,\n");
        PortfolioError csv = onlyError(read(portfolio("", ", \"register\": {\"file\": \"register.csv\"}")));
        assertEquals("line 2, column 10 (factor)", csv.where());
        assertEquals("unknown factor \"coal-prices\" (expected one of: metal-prices)", csv.message());

        String economy = "\"economy\": {\"factors\": [{\"name\": \"metal-prices\", \"persistence\": 0.7}]},";
        PortfolioError none = onlyError(read(portfolio(QUARRY, "").replace(economy, "")));
        assertEquals("\"metal-prices\" names no economic factor of this portfolio (economy.factors names none)",
                none.message());
    }

    /**
     * A simple site's bond may name one of the portfolio's providers and an instrument's driver
     * one of its factors (the scenario format's fields); a name the portfolio does not declare
     * is refused at the field that gives it.
     */
    @Test
    void aSimpleSitesInstrumentsReferToThePortfoliosProvidersAndFactors() throws IOException {
        String bond = "\"amount\": 6e5}";
        PortfolioLoad named = read(portfolio(
                QUARRY.replace(bond, "\"amount\": 6e5, \"provider\": \"Surety Co A\"}"), ""));
        Portfolio p = assertInstanceOf(PortfolioLoad.Loaded.class, named, named.errorReport()).portfolio();
        SimpleSite quarry = assertInstanceOf(SimpleSite.class, p.sites().get(0));
        AssuranceInstrument.Bond surety = assertInstanceOf(AssuranceInstrument.Bond.class, quarry.assurance().get(0));
        assertEquals("Surety Co A", surety.provider());

        PortfolioError provider = onlyError(read(portfolio(
                QUARRY.replace(bond, "\"amount\": 6e5, \"provider\": \"Surety Co B\"}"), "")));
        assertEquals("sites[0].assurance[0].provider", provider.where());
        PortfolioError driver = onlyError(read(portfolio(QUARRY.replace(bond,
                "\"amount\": 6e5, \"driver\": {\"factor\": \"coal-prices\", \"weight\": 0.2}}"), "")));
        assertEquals("sites[0].assurance[0].driver.factor", driver.where());
    }

    @Test
    void aScenarioInAnotherCurrencyIsRefused() throws IOException {
        write("copper-a.json", scenario("USD", "[]"));
        PortfolioError e = onlyError(read(portfolio("{\"name\": \"A\", \"scenario\": \"copper-a.json\"}", "")));
        assertEquals("sites[0].scenario", e.where());
        assertTrue(e.message().contains("USD") && e.message().contains("AUD"), e.message());
    }

    @Test
    void aScenarioCorrelatingTheEconomicsThePortfolioReplacesIsRefused() throws IOException {
        write("copper-a.json", scenario("AUD",
                "[{\"a\": \"economics/discountRate\", \"b\": \"costItems/Cap/amount\", \"rho\": 0.5}]"));
        PortfolioError e = onlyError(read(portfolio("{\"name\": \"A\", \"scenario\": \"copper-a.json\"}", "")));
        assertTrue(e.message().contains("economics/discountRate"), e.message());
    }

    @Test
    void aMissingRegisterFileIsNamedAtRegisterFile() throws IOException {
        PortfolioError e = onlyError(read(portfolio("", ", \"register\": {\"file\": \"none.csv\"}")));
        assertEquals("register.file", e.where());
    }

    @Test
    void registerLinesReportEveryBadCell() throws IOException {
        write("register.csv", HEADER + "Pit 2,,abc,0.8,,5,0,1.5,,,,10,trust,\n");
        PortfolioLoad load = read(portfolio("", ", \"register\": {\"file\": \"register.csv\"}"));
        assertEquals(List.of("line 2, column 3 (estimate)", "line 2, column 7 (closureDurationYears)",
                        "line 2, column 8 (hazardBeforeClosure)", "line 2, column 5 (multiplierP90)",
                        "line 2, column 13 (assuranceType)"),
                load.errors().stream().map(PortfolioError::where).toList(), load.errorReport());
    }

    @Test
    void aTrustFundThatDrawsDownIsRefusedOnASimpleSite() throws IOException {
        String site = QUARRY.replace("{\"type\": \"bond\", \"kind\": \"surety\", \"name\": \"Quarry 17 surety\", "
                + "\"amount\": 6e5}", "{\"type\": \"trust-fund\", \"name\": \"T\", \"drawdown\": true}");
        PortfolioError e = onlyError(read(portfolio(site, "")));
        assertEquals("sites[0].assurance[0].drawdown", e.where());
    }
}
