package org.closureassurance.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The scenarios package and the simulator's engine expose what their package documentation
 * lists: the embedding API, the schema that forms are built from, and the types the desktop
 * app needs; the binders, checks, plan, kernels and workers stay package-private, so an
 * embedder cannot come to depend on them.
 */
class PublicApiTest {
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^public (?:final |abstract |sealed |non-sealed )*(?:class|record|enum|interface) (\\w+)",
            Pattern.MULTILINE);

    @Test
    void thePackagesPublicTypesAreItsDocumentedApi() throws IOException {
        Set<String> api = Set.of("ClosureAssurance", "RunOptions", "LoadResult", "ValidationError", "ScenarioReader",
                "ScenarioWriter", "PortfolioReader", "PortfolioWriter", "PortfolioLoad", "PortfolioError",
                "PortfolioInput", "RulePack", "RulePacks");
        Set<String> schema = Set.of("ScenarioFormat", "CostFormat", "CorrelationFormat", "WaterFormat",
                "RehabilitationFormat", "RiskEventFormat", "AssuranceFormat", "OverrunFormat", "EconomyFormat",
                "AfterForfeitureFormat", "PortfolioFormat", "RequirementFormat", "FormatField", "FormatObject", "FieldType");
        Set<String> forTheDesktop = Set.of("AtomicFile", "ScenarioValidator", "ValueChecks", "InputValueChecks",
                "PortfolioOutline", "RegisterLines", "PortfolioEdit");
        Set<String> expected = new TreeSet<>(api);
        expected.addAll(schema);
        expected.addAll(forTheDesktop);
        assertEquals(expected, publicTypes(Path.of("src/main/java/org/closureassurance/scenarios")));
    }

    @Test
    void theEnginesPublicTypesAreItsDocumentedApi() throws IOException {
        assertEquals(Set.of("DiscountCurve", "InputSweep", "MemoryBudget", "ModelOverflowException",
                "MonteCarloEngine", "ProgressListener", "RunCancelledException", "RunTooLargeException",
                "ScenarioSiteRun"),
                publicTypes(Path.of("../simulator/src/main/java/org/closureassurance/simulator/engine")));
    }

    private static Set<String> publicTypes(Path folder) throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = PUBLIC_TYPE.matcher(Files.readString(file));
                if (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }
}
