package org.closureassurance.scenarios;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.closureassurance.simulator.value.Value;

/**
 * How an optional Value field of the format reaches the model record that holds it: the
 * record's accessor reads it (for the writer and the checks) and its wither sets it (for the
 * binder). Declared on the field in the schema ({@link FormatField#reaching}), so a new field of
 * this kind needs no line in the section's binder, writer or checks.
 *
 * @param model the record type that holds the field ({@code Economics})
 * @param read the record's accessor ({@code Economics::realCostEscalation})
 * @param with the record's wither ({@code Economics::withEscalation})
 * @param <M> the record type
 */
record ValueBinding<M>(Class<M> model, Function<M, Value> read, BiFunction<M, Value, M> with) {
    ValueBinding {
        Objects.requireNonNull(model);
        Objects.requireNonNull(read);
        Objects.requireNonNull(with);
    }

    /** Whether this binding reaches records of {@code type}. */
    boolean binds(Class<?> type) {
        return model == type;
    }

    /** The field's Value in {@code record}, a record of {@link #model}. */
    Value readFrom(Object record) {
        return read.apply(model.cast(record));
    }

    /** {@code record}, a record of {@link #model}, with the field set to {@code value}. */
    M setIn(Object record, Value value) {
        return with.apply(model.cast(record), value);
    }
}
