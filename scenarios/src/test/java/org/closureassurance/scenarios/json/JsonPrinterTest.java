package org.closureassurance.scenarios.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonPrinterTest {
    @ParameterizedTest
    @CsvSource({"0, 0", "12, 12", "2600000, 2600000", "0.05, 0.05", "-1.5, -1.5", "1e-7, 1.0E-7",
        "1e20, 1.0E20", "123456.789, 123456.789"})
    void numbersAreWrittenPlainlyWherePossible(double x, String text) {
        assertEquals(text, NumberText.json(x));
    }

    @Test
    void negativeZeroKeepsItsSign() {
        assertEquals("-0.0", NumberText.json(-0.0));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(Double.parseDouble("-0.0")));
    }

    @Test
    void everyWrittenNumberParsesBackToTheIdenticalDouble() {
        SplittableRandom random = new SplittableRandom(20260101);
        for (int i = 0; i < 100_000; i++) {
            double x = switch (i % 3) {
                case 0 -> Double.longBitsToDouble(random.nextLong());
                case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(-12, 18));
                default -> Math.round(random.nextDouble() * 1e6) / 100.0;
            };
            if (Double.isFinite(x)) {
                assertEquals(x, Double.parseDouble(NumberText.json(x)), () -> "for " + x);
            }
        }
    }

    @Test
    void smallObjectsStayOnOneLineAndBigOnesAreIndented() {
        Map<String, JsonNode> dist = new LinkedHashMap<>();
        dist.put("dist", new JsonNode.JsonString("uniform"));
        dist.put("min", JsonNode.JsonNumber.of(1.0));
        dist.put("max", JsonNode.JsonNumber.of(2.0));
        Map<String, JsonNode> root = new LinkedHashMap<>();
        root.put("value", new JsonNode.JsonObject(dist));
        root.put("list", new JsonNode.JsonArray(List.of(new JsonNode.JsonObject(Map.of("x", new JsonNode.JsonObject(
                Map.of("y", new JsonNode.JsonArray(List.of(new JsonNode.JsonBoolean(true))))))))));
        root.put("text", new JsonNode.JsonString("a \"quoted\"\nline\u0001"));
        assertEquals("""
                {
                  "value": {"dist": "uniform", "min": 1, "max": 2},
                  "list": [
                    {
                      "x": {"y": [true]}
                    }
                  ],
                  "text": "a \\"quoted\\"\\nline\\u0001"
                }
                """, JsonPrinter.print(new JsonNode.JsonObject(root)));
    }

    @Test
    void printedTextParsesBackToTheSameTree() {
        String text = "{\"a\": [1, 2.5, -0.0, \"x\\ty\", null, false], \"b\": {\"c\": {\"d\": {\"e\": 1e-9}}}}";
        JsonNode tree = JsonTreeReader.parse(text.getBytes(StandardCharsets.UTF_8), JsonLimits.DEFAULT).root();
        String printed = JsonPrinter.print(tree);
        JsonNode again = JsonTreeReader.parse(printed.getBytes(StandardCharsets.UTF_8), JsonLimits.DEFAULT).root();
        assertEquals(printed, JsonPrinter.print(again));
    }
}
