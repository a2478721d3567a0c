package org.closureassurance.desktop.gui.form;

import java.util.Arrays;
import java.util.List;
import org.closureassurance.scenarios.FieldType;
import org.closureassurance.scenarios.FormatField;
import org.closureassurance.scenarios.ScenarioFormat.Distribution;
import org.closureassurance.scenarios.ScenarioFormat.Measure;

/**
 * The kinds of Value the distribution editor offers, with the parameters each is written with
 * in a scenario file, taken from the schema ({@link Distribution}). A plain number is the kind
 * {@link #CONSTANT}, whose only parameter is {@link #constantParameter()}.
 */
public enum DistributionKind {
    CONSTANT("constant", "Fixed number", Measure.VALUE),
    UNIFORM("uniform", "Uniform", Distribution.MIN, Distribution.MAX),
    TRIANGULAR("triangular", "Triangular", Distribution.MIN, Distribution.MODE, Distribution.MAX),
    PERT("pert", "PERT", Distribution.MIN, Distribution.MODE, Distribution.MAX, Distribution.LAMBDA),
    NORMAL("normal", "Normal", Distribution.MEAN, Distribution.SD, Distribution.LOWEST, Distribution.HIGHEST),
    LOGNORMAL("lognormal", "Log-normal", Distribution.MEAN, Distribution.SD),
    LOGNORMAL_RANGE("lognormal", "Log-normal by P10 and P90", Distribution.P10, Distribution.P90),
    DISCRETE("discrete", "Discrete", Distribution.VALUES, Distribution.WEIGHTS),
    ESTIMATE_CLASS("estimate-class", "Estimate class (overrun)", Distribution.CLASS);

    /**
     * One parameter: its name in the file, a label for the form, and for an optional parameter
     * what leaving it empty means ({@code "4"}, {@code "none"}); all from the schema's field.
     */
    public record Parameter(String name, String label, boolean required, String whenEmpty, boolean isList) {
        static Parameter of(FormatField f) {
            String empty = f.required() ? null : f.defaultJson() != null ? f.defaultJson()
                    : f.type() == FieldType.LIST ? "equal" : "none";
            return new Parameter(f.name(), f.title(), f.required(), empty, f.type() == FieldType.LIST);
        }
    }

    private final String id;
    private final String label;
    private final List<Parameter> parameters;

    DistributionKind(String id, String label, FormatField... parameters) {
        this.id = id;
        this.label = label;
        this.parameters = Arrays.stream(parameters).map(Parameter::of).toList();
    }

    /** The name of a plain number's only parameter. */
    public static String constantParameter() {
        return Measure.VALUE.name();
    }

    /** The name in scenario files ({@code "constant"} for a plain number). */
    public String id() {
        return id;
    }

    /** What the editor calls it. */
    public String label() {
        return label;
    }

    /** The parameters in the order the editor shows them. */
    public List<Parameter> parameters() {
        return parameters;
    }

    /**
     * The kind a file's distribution object names with {@code id} and writes with the parameters
     * {@code names}: of two kinds with one name (a log-normal by mean and sd, or by P10 and P90),
     * the one whose parameters are given; null when no kind has the name.
     */
    public static DistributionKind of(String id, java.util.Collection<String> names) {
        DistributionKind first = null;
        for (DistributionKind k : values()) {
            if (k.id.equals(id)) {
                if (k.parameters.stream().anyMatch(p -> names.contains(p.name()))) {
                    return k;
                }
                first = first == null ? k : first;
            }
        }
        return first;
    }

    /** The kind named {@code id}, or null. */
    public static DistributionKind byId(String id) {
        for (DistributionKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return label;
    }
}
