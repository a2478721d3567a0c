package org.closureassurance.scenarios;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.closureassurance.scenarios.PortfolioFormat.Top;
import org.closureassurance.scenarios.ScenarioFormat.Common;
import org.closureassurance.scenarios.json.JsonLimits;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.json.JsonTreeReader;

/**
 * What a portfolio file says that its {@link org.closureassurance.simulator.portfolio.Portfolio}
 * does not keep: the file each scenario site names (so that the portfolio can be written back
 * with the same references), and the factor and provider names it declares, which register
 * lines typed in the desktop are checked against. Read from a file {@link PortfolioReader} has
 * found valid.
 *
 * @param scenarioFiles each scenario site's file as the portfolio names it, by site name
 * @param factors the names of the factors in {@code economy}
 * @param providers the names of the {@code providers}
 */
public record PortfolioOutline(Map<String, String> scenarioFiles, Set<String> factors, Set<String> providers) {
    public PortfolioOutline {
        scenarioFiles = Map.copyOf(scenarioFiles);
        factors = Set.copyOf(factors);
        providers = Set.copyOf(providers);
    }

    /** The outline of the portfolio in {@code file}; empty parts for what it does not have. */
    public static PortfolioOutline read(Path file) throws IOException {
        return of(Files.readAllBytes(file));
    }

    /** The outline of the portfolio file whose content is {@code json} (UTF-8). */
    public static PortfolioOutline of(byte[] json) {
        JsonNode root = JsonTreeReader.parse(json, JsonLimits.DEFAULT).root();
        Map<String, String> files = new LinkedHashMap<>();
        Set<String> factors = new LinkedHashSet<>();
        Set<String> providers = new LinkedHashSet<>();
        if (root instanceof JsonNode.JsonObject top) {
            for (JsonNode.JsonObject site : objects(top.get(Top.SITES.name()))) {
                if (site.get(Common.NAME.name()) instanceof JsonNode.JsonString name
                        && site.get(PortfolioFormat.ScenarioSite.SCENARIO.name()) instanceof JsonNode.JsonString f) {
                    files.put(name.value(), f.value());
                }
            }
            if (top.get(Top.ECONOMY.name()) instanceof JsonNode.JsonObject economy) {
                names(economy.get(EconomyFormat.Economy.FACTORS.name()), factors);
            }
            names(top.get(Top.PROVIDERS.name()), providers);
        }
        return new PortfolioOutline(files, factors, providers);
    }

    private static List<JsonNode.JsonObject> objects(JsonNode list) {
        return list instanceof JsonNode.JsonArray a ? a.elements().stream()
                .filter(JsonNode.JsonObject.class::isInstance).map(JsonNode.JsonObject.class::cast).toList()
                : List.of();
    }

    private static void names(JsonNode list, Set<String> into) {
        for (JsonNode.JsonObject o : objects(list)) {
            if (o.get(Common.NAME.name()) instanceof JsonNode.JsonString s) {
                into.add(s.value());
            }
        }
    }
}
