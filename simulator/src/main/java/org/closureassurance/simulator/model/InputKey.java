package org.closureassurance.simulator.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The typed handle of one per-iteration input: its field, the element of a list section it
 * belongs to ({@code owner}, null outside lists) and, for a schedule step, the step's index
 * (-1 otherwise). Its {@link #path()} is the input path of docs/scenario-format.md, "Paths"
 * ({@code costItems/Plant demolition/amount}, {@code waterTreatment/Pit/duration.halfLifeYears},
 * {@code assurance/Surety/schedule[1].amount}); the engine finds an input's slot by its key, so
 * a mistyped path cannot compile.
 */
public record InputKey(InputField field, String owner, int index) {
    public InputKey {
        Objects.requireNonNull(field, "field");
        if (field.section().isList() != (owner != null)) {
            throw new IllegalArgumentException(field + (owner == null ? " needs" : " takes no")
                    + " element name: " + owner);
        }
        if (field.indexed() != (index >= 0) || index < -1) {
            throw new IllegalArgumentException(field + (field.indexed() ? " needs" : " takes no")
                    + " step index: " + index);
        }
    }

    /** The key of a field outside lists ({@code economics/discountRate}, {@code closureYear}). */
    public static InputKey of(InputField field) {
        return new InputKey(field, null, -1);
    }

    /** The key of a field of the list element named {@code owner}. */
    public static InputKey of(InputField field, String owner) {
        return new InputKey(field, owner, -1);
    }

    /** The key of the rate of step {@code index} (from 0, in file order) of the discount schedule. */
    public static InputKey discountStep(int index) {
        return new InputKey(InputField.DISCOUNT_STEP_RATE, null, index);
    }

    /** The key of the amount of step {@code index} (from 0, in file order) of bond {@code owner}'s schedule. */
    public static InputKey scheduleStep(String owner, int index) {
        return new InputKey(InputField.SCHEDULE_STEP_AMOUNT, owner, index);
    }

    /** The input path: {@code section/owner/field} inside lists, {@code section/field} otherwise. */
    public String path() {
        InputField.Section section = field.section();
        if (section == InputField.Section.TOP) {
            return field.key();
        }
        if (!section.isList()) {
            return section.key() + "/" + fieldPath();
        }
        return section.key() + "/" + owner + "/" + fieldPath();
    }

    /** The part of the path after the element's name ({@code recovery.rate}, {@code schedule[0].amount}). */
    private String fieldPath() {
        InputField.Group group = field.group();
        if (group == null) {
            return field.key();
        }
        return group.key() + (field.indexed() ? "[" + index + "]" : "") + "." + field.key();
    }

    /** The key whose {@link #path()} is {@code path}, or empty when no input has that path. */
    public static Optional<InputKey> parse(String path) {
        String[] parts = path.split("/", 3);
        for (InputField f : InputField.values()) {
            Optional<InputKey> key = match(f, parts);
            if (key.isPresent() && key.get().path().equals(path)) {
                return key;
            }
        }
        return Optional.empty();
    }

    /** The key of field {@code f} that the split path {@code parts} would have, if its shape fits. */
    private static Optional<InputKey> match(InputField f, String[] parts) {
        InputField.Section section = f.section();
        if (section == InputField.Section.TOP) {
            return parts.length == 1 ? Optional.of(of(f)) : Optional.empty();
        }
        if (!parts[0].equals(section.key()) || parts.length != (section.isList() ? 3 : 2)) {
            return Optional.empty();
        }
        if (!f.indexed()) {
            return Optional.of(section.isList() ? of(f, parts[1]) : of(f));
        }
        String prefix = f.group().key() + "[";
        String rest = parts[parts.length - 1];
        int close = rest.indexOf(']');
        if (!rest.startsWith(prefix) || close < 0) {
            return Optional.empty();
        }
        String digits = rest.substring(prefix.length(), close);
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        int index = Integer.parseInt(digits);
        return Optional.of(section.isList() ? scheduleStep(parts[1], index) : discountStep(index));
    }
}
