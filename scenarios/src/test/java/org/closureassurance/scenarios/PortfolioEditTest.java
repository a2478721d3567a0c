package org.closureassurance.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.closureassurance.scenarios.json.JsonLimits;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.json.JsonTreeReader;
import org.junit.jupiter.api.Test;

/** Setting one number of a portfolio file's tree, as a portfolio sweep does. */
class PortfolioEditTest {
    private static JsonNode tree(String json) {
        return JsonTreeReader.parse(json.getBytes(StandardCharsets.UTF_8), JsonLimits.DEFAULT).root();
    }

    private static final String FILE = """
            {"economics": {"discountRate": {"dist": "triangular", "min": 0.02, "mode": 0.03, "max": 0.04}},
             "providers": [{"name": "A", "recoveryRate": 0.3}],
             "fund": {"name": "F", "contributionPercent": 1.0}}
            """;

    @Test
    void replacesANumberAndLeavesTheRestAsItWas() {
        JsonNode.JsonObject edited = (JsonNode.JsonObject) new PortfolioEdit("fund/contributionPercent", 2.5)
                .apply(tree(FILE));
        JsonNode.JsonObject fund = (JsonNode.JsonObject) edited.get("fund");
        assertEquals(2.5, ((JsonNode.JsonNumber) fund.get("contributionPercent")).value());
        assertEquals(new JsonNode.JsonString("F"), fund.get("name"));
        assertEquals(((JsonNode.JsonObject) tree(FILE)).get("economics"), edited.get("economics"));
    }

    @Test
    void fixesASampledInputAndReachesListElementsByIndex() {
        JsonNode.JsonObject edited = (JsonNode.JsonObject) new PortfolioEdit("economics/discountRate", 0.05)
                .apply(new PortfolioEdit("providers/0/recoveryRate", 0.5).apply(tree(FILE)));
        assertEquals(0.05, ((JsonNode.JsonNumber) ((JsonNode.JsonObject) edited.get("economics"))
                .get("discountRate")).value());
        JsonNode.JsonObject provider = (JsonNode.JsonObject) ((JsonNode.JsonArray) edited.get("providers"))
                .elements().get(0);
        assertEquals(0.5, ((JsonNode.JsonNumber) provider.get("recoveryRate")).value());
    }

    @Test
    void refusesPathsThatNameNoNumber() {
        assertEquals("--input providers/1/recoveryRate: the portfolio has no field providers/1",
                assertThrows(IllegalArgumentException.class,
                        () -> new PortfolioEdit("providers/1/recoveryRate", 1).apply(tree(FILE))).getMessage());
        assertEquals("--input fund: fund is an object, not a number", assertThrows(IllegalArgumentException.class,
                () -> new PortfolioEdit("fund", 1).apply(tree(FILE))).getMessage());
    }
}
