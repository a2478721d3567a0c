package org.closureassurance.charts;

import java.util.function.DoubleFunction;
import org.closureassurance.simulator.value.Constant;
import org.closureassurance.simulator.value.Discrete;
import org.closureassurance.simulator.value.EstimateClass;
import org.closureassurance.simulator.value.LogNormal;
import org.closureassurance.simulator.value.LogNormalRange;
import org.closureassurance.simulator.value.Normal;
import org.closureassurance.simulator.value.Pert;
import org.closureassurance.simulator.value.Triangular;
import org.closureassurance.simulator.value.Uniform;
import org.closureassurance.simulator.value.Value;

/**
 * A scenario {@link Value} in words, as a cost engineer would say it:
 * "triangular from 1.8 M to 2.6 M m3, most likely 2.0 M", "uniform from 1 % to 5 %",
 * "log-normal with mean USD 6.5 M and standard deviation USD 1.5 M". The unit follows the
 * upper bound (or the single number); amounts of money carry their currency themselves.
 */
final class ValueText {

    /** How the numbers of one input are written, and the unit after them (may be empty). */
    record Measure(DoubleFunction<String> number, String unit) {
        String withUnit(String text) {
            return unit.isEmpty() ? text : text + " " + unit;
        }
    }

    private ValueText() {
    }

    /** Money in {@code currency}: {@code USD 6.5 M}. */
    static Measure money(String currency) {
        MoneyFormat f = new MoneyFormat(currency);
        return new Measure(f::format, "");
    }

    /** A price per unit: {@code USD 2.6 per m3}. */
    static Measure moneyPer(String currency, String per) {
        MoneyFormat f = new MoneyFormat(currency);
        return new Measure(f::format, "per " + per);
    }

    /** A quantity in {@code unit}: {@code 2.0 M m3}. */
    static Measure quantity(String unit) {
        return new Measure(MoneyFormat::compact, unit);
    }

    /** A fraction written as a percent: 0.03 reads {@code 3 %}. */
    static Measure fractionAsPercent() {
        return new Measure(x -> NumberText.number(100 * x, 3) + " %", "");
    }

    /** A number that already is a percent: 15 reads {@code 15 %}. */
    static Measure percentPoints() {
        return new Measure(x -> NumberText.number(x, 3) + " %", "");
    }

    /** A number of years. */
    static Measure years() {
        return new Measure(x -> NumberText.number(x, 2), "years");
    }

    /** A plain number without unit. */
    static Measure plain() {
        return new Measure(x -> NumberText.number(x, 4), "");
    }

    /** {@code value} in words in the given measure. */
    static String describe(Value value, Measure m) {
        DoubleFunction<String> n = m.number();
        if (value instanceof Constant c) {
            return m.withUnit(n.apply(c.value()));
        }
        if (value.isDegenerate()) {
            return m.withUnit(n.apply(value.lowerBound())) + " (a " + value.kind()
                    + " distribution of one value, so not sampled)";
        }
        if (value instanceof Uniform u) {
            return "uniform from " + n.apply(u.min()) + " to " + m.withUnit(n.apply(u.max()));
        }
        if (value instanceof Triangular t) {
            return "triangular from " + n.apply(t.min()) + " to " + m.withUnit(n.apply(t.max()))
                    + ", most likely " + n.apply(t.mode());
        }
        if (value instanceof Pert p) {
            String text = "PERT from " + n.apply(p.min()) + " to " + m.withUnit(n.apply(p.max()))
                    + ", most likely " + n.apply(p.mode());
            return p.lambda() == Pert.DEFAULT_LAMBDA ? text
                    : text + " (weight of the mode " + NumberText.number(p.lambda(), 3) + ")";
        }
        if (value instanceof Normal g) {
            String text = "normal with mean " + m.withUnit(n.apply(g.mean())) + " and standard deviation "
                    + n.apply(g.sd());
            boolean below = g.min() != Double.NEGATIVE_INFINITY;
            boolean above = g.max() != Double.POSITIVE_INFINITY;
            if (below && above) {
                return text + ", truncated to " + n.apply(g.min()) + " – " + n.apply(g.max());
            }
            if (below) {
                return text + ", truncated below at " + n.apply(g.min());
            }
            return above ? text + ", truncated above at " + n.apply(g.max()) : text;
        }
        if (value instanceof LogNormal l) {
            return "log-normal with mean " + m.withUnit(n.apply(l.mean())) + " and standard deviation "
                    + n.apply(l.sd());
        }
        if (value instanceof Discrete d) {
            return discrete(d, m);
        }
        if (value instanceof LogNormalRange l) {
            return "log-normal with 10th percentile " + n.apply(l.p10()) + " and 90th percentile "
                    + m.withUnit(n.apply(l.p90()));
        }
        if (value instanceof EstimateClass e) {
            LogNormalRange l = e.range();
            return "the accuracy of an AACE class " + e.estimateClass() + " estimate: log-normal with 10th percentile "
                    + n.apply(l.p10()) + " and 90th percentile " + m.withUnit(n.apply(l.p90()));
        }
        throw new IllegalArgumentException("unknown kind of value: " + value.kind());
    }

    private static String discrete(Discrete d, Measure m) {
        double total = 0;
        boolean equal = true;
        for (int i = 0; i < d.size(); i++) {
            total += d.weight(i);
            equal &= d.weight(i) == d.weight(0);
        }
        StringBuilder out = new StringBuilder("one of ");
        for (int i = 0; i < d.size(); i++) {
            if (i > 0) {
                out.append(i == d.size() - 1 ? " or " : ", ");
            }
            out.append(m.number().apply(d.value(i)));
            if (!equal) {
                out.append(" (").append(NumberText.percent(d.weight(i) / total)).append(')');
            }
        }
        String text = m.withUnit(out.toString());
        return equal ? text + ", equally likely" : text;
    }
}
