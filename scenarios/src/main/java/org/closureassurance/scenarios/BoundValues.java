package org.closureassurance.scenarios;

import java.util.List;
import org.closureassurance.simulator.value.Value;

/**
 * Reads, writes and range-checks the optional Value fields that the schema binds to a model
 * record ({@link FormatField#binding}), for every section in the same way: a section's binder,
 * writer and checks call it once for the object and then need no line per such field. The
 * fields are handled in the object's order, after the fields the section handles by hand.
 */
final class BoundValues {
    private BoundValues() {
    }

    /**
     * {@code model} with every bound field of {@code object} read from {@code f} (its default
     * when left out). Every field is read, so each unreadable one is reported; null when one is,
     * or when {@code model} is null (the section's own fields were unreadable).
     */
    static <M> M bind(JsonFields f, FormatObject object, Class<M> type, M model) {
        M bound = model;
        boolean complete = model != null;
        for (FormatField field : bound(object, type)) {
            Value v = f.value(field);
            if (v == null) {
                complete = false;
            } else if (complete) {
                bound = type.cast(field.binding().setIn(bound, v));
            }
        }
        return complete ? bound : null;
    }

    /** Writes every bound field of {@code object} in {@code model} into {@code out}, unless it holds its default. */
    static <M> void write(ScenarioWriter.Fields out, FormatObject object, Class<M> type, M model) {
        for (FormatField field : bound(object, type)) {
            out.putUnlessDefault(field, field.binding().readFrom(model));
        }
    }

    /** Checks every bound field of {@code object} in {@code model}, found at {@code path}, against its limits. */
    static <M> void check(String path, FormatObject object, Class<M> type, M model, List<ValidationError> out) {
        for (FormatField field : bound(object, type)) {
            if (field.bounds() != null) {
                FieldChecks.inRange(path, field, field.binding().readFrom(model), out);
            }
        }
    }

    /** The fields of {@code object} bound to records of {@code type}, in the object's order. */
    static List<FormatField> bound(FormatObject object, Class<?> type) {
        return object.fields().stream().filter(f -> f.binding() != null && f.binding().binds(type)).toList();
    }
}
