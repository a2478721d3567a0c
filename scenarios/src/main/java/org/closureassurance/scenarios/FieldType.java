package org.closureassurance.scenarios;

/** The JSON shape of one scenario field, as the field reference names it. */
public enum FieldType {
    /** Free text. */
    STRING("string"),
    /** One of a fixed list of words. */
    WORD("word"),
    /** A whole number. */
    INTEGER("integer"),
    /** A finite number (never a distribution). */
    NUMBER("number"),
    /** {@code true} or {@code false}. */
    BOOLEAN("`true` or `false`"),
    /** A number or a distribution object, drawn once per iteration. */
    VALUE("Value"),
    /** A Value with a unit: {@code {"value": ..., "unit": "ha"}}. */
    QUANTITY("Quantity"),
    /** Money per unit: {@code {"value": ..., "per": "m3"}}. */
    RATE("rate"), // the type's name in the field reference; a recovery's field "rate" is another thing
    /** A nested object described by its own table. */
    OBJECT("object"),
    /** A list of objects described by their own table. */
    LIST("list"),
    /** A list of strings. */
    STRINGS("list of strings");

    private final String label;

    FieldType(String label) {
        this.label = label;
    }

    /** How the field reference writes the type. */
    public String label() {
        return label;
    }
}
