package org.closureassurance.scenarios.json;

/**
 * Bounds on what the reader accepts, so that a hostile or broken file fails with a message
 * instead of exhausting memory or the stack.
 *
 * @param maxBytes        largest file in bytes
 * @param maxDepth        deepest nesting of objects and arrays (the top-level object is 1)
 * @param maxElements     most elements in one array, or members in one object
 * @param maxStringLength longest string or field name in characters
 */
public record JsonLimits(long maxBytes, int maxDepth, int maxElements, int maxStringLength) {
    /** 10 MiB, 64 levels, 10,000 elements, 10,000 characters. */
    public static final JsonLimits DEFAULT = new JsonLimits(10L * 1024 * 1024, 64, 10_000, 10_000);

    public JsonLimits {
        if (maxBytes < 1 || maxDepth < 1 || maxElements < 1 || maxStringLength < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
