package org.closureassurance.desktop.gui.form;

import java.util.Objects;
import org.closureassurance.scenarios.json.JsonPath;

/**
 * Where a field lives in a {@link ScenarioForm}: a top-level field ({@code section} null, such
 * as {@code economics.discountRate}) or field {@code key} of element {@code index} of a list
 * section. Its {@link #path()} is the JSON path a validation error about the field carries.
 */
public record FieldAddress(String section, int index, String key) {
    public FieldAddress {
        Objects.requireNonNull(key, "key");
        if (section != null && index < 0) {
            throw new IllegalArgumentException("index must be >= 0, was " + index);
        }
    }

    /** A top-level field. */
    public static FieldAddress general(String key) {
        return new FieldAddress(null, 0, key);
    }

    /** Field {@code key} of element {@code index} of {@code section}. */
    public static FieldAddress of(String section, int index, String key) {
        return new FieldAddress(section, index, key);
    }

    /** The JSON path of the element ({@code costItems[2]}), or "" for the top level. */
    public String elementPath() {
        return section == null ? "" : JsonPath.index(section, index);
    }

    /** The JSON path of the field: {@code costItems[2].startYear}, {@code closureYear}. */
    public String path() {
        return section == null ? key : JsonPath.field(elementPath(), key);
    }
}
