package org.closureassurance.scenarios;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds small scenario files for tests: a minimal valid scenario with some top-level fields
 * replaced, added or removed. Fragments are written with single quotes for readability and
 * turned into JSON's double quotes.
 */
final class BrokenScenarios {
    private BrokenScenarios() {
    }

    /** The minimal valid scenario with {@code pairs} (key, JSON fragment or null to remove) applied. */
    static String scenario(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("format", "'closure-assurance/1'");
        fields.put("name", "'Test mine'");
        fields.put("simulation", "{'horizonYears': 50}");
        fields.put("economics", "{'discountRate': 0.03}");
        fields.put("closureYear", "5");
        fields.put("forfeiture", "{'mode': 'at-closure'}");
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] == null) {
                fields.remove(pairs[i]);
            } else {
                fields.put(pairs[i], pairs[i + 1]);
            }
        }
        StringBuilder sb = new StringBuilder("{\n");
        fields.forEach((k, v) -> sb.append(sb.length() > 2 ? ",\n" : "").append("  \"").append(k).append("\": ")
                .append(v.replace('\'', '"')));
        return sb.append("\n}\n").toString();
    }
}
