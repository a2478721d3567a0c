package org.closureassurance.simulator.engine;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.closureassurance.simulator.results.RunInfo;

/** Bit-for-bit comparison of results records (arrays by content, doubles by their bits); the portfolio tests use it too. */
public final class RecordsEquality {
    private RecordsEquality() {
    }

    /** The path of the first difference, or null when equal. {@link RunInfo} (timing) is skipped. */
    public static String firstDifference(Object a, Object b, String path) {
        if (a instanceof RunInfo) {
            return null;
        }
        if (a == null || b == null) {
            return a == b ? null : path;
        }
        if (a instanceof double[] x) {
            return Arrays.equals(x, (double[]) b) ? null : path;
        }
        if (a instanceof int[] x) {
            return Arrays.equals(x, (int[]) b) ? null : path;
        }
        if (a instanceof long[] x) {
            return Arrays.equals(x, (long[]) b) ? null : path;
        }
        if (a instanceof List<?> x) {
            List<?> y = (List<?>) b;
            if (x.size() != y.size()) {
                return path + ".size";
            }
            for (int i = 0; i < x.size(); i++) {
                String d = firstDifference(x.get(i), y.get(i), path + "[" + i + "]");
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (a.getClass().isRecord()) {
            for (RecordComponent c : a.getClass().getRecordComponents()) {
                try {
                    String d = firstDifference(c.getAccessor().invoke(a), c.getAccessor().invoke(b),
                            path + "." + c.getName());
                    if (d != null) {
                        return d;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return null;
        }
        return Objects.equals(a, b) ? null : path;
    }
}
