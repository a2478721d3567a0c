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

    /**
     * The path of field {@code key} of the object at {@code parent}. A key that is not a plain
     * name (empty, or with characters other than letters, digits, {@code _}, {@code -} and
     * {@code $}) is written in brackets and quotes, {@code $[""]} or {@code costItems[0]["a.b"]},
     * so that every path is non-empty and says which field it means.
     */
    public static String field(String parent, String key) {
        if (!isPlain(key)) {
            return parent + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
        }
        return ROOT.equals(parent) ? key : parent + "." + key;
    }

    private static boolean isPlain(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '$')) {
                return false;
            }
        }
        return true;
    }

    /** The path of element {@code index} of the array at {@code parent}. */
    public static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
