package org.closureassurance.scenarios.json;

/**
 * Builds the JSON paths that name fields in messages: root fields bare
 * ({@code simulation.horizonYears}), list elements by index ({@code costItems[2].unitCost}),
 * the whole document {@value #ROOT}.
 */
public final class JsonPath {
    /** The path of the whole document. */
    public static final String ROOT = "$";

    private JsonPath() {
    }

    /** The path of field {@code key} of the object at {@code parent}. */
    public static String field(String parent, String key) {
        return ROOT.equals(parent) ? key : parent + "." + key;
    }

    /** The path of element {@code index} of the array at {@code parent}. */
    public static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
