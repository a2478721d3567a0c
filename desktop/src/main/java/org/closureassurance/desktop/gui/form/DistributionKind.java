package org.closureassurance.desktop.gui.form;

import java.util.List;

/**
 * The kinds of Value the distribution editor offers, with the parameters each is written with
 * in a scenario file (docs/scenario-format.md, "Values"). A plain number is the kind
 * {@link #CONSTANT}, whose only parameter is {@code value}.
 */
public enum DistributionKind {
    CONSTANT("constant", "Fixed number", List.of(Parameter.required("value", "Value"))),
    UNIFORM("uniform", "Uniform", List.of(Parameter.required("min", "Minimum"), Parameter.required("max", "Maximum"))),
    TRIANGULAR("triangular", "Triangular", List.of(Parameter.required("min", "Minimum"),
            Parameter.required("mode", "Most likely"), Parameter.required("max", "Maximum"))),
    PERT("pert", "PERT", List.of(Parameter.required("min", "Minimum"), Parameter.required("mode", "Most likely"),
            Parameter.required("max", "Maximum"), Parameter.optional("lambda", "Weight of the mode", "4"))),
    NORMAL("normal", "Normal", List.of(Parameter.required("mean", "Mean"),
            Parameter.required("sd", "Standard deviation"), Parameter.optional("min", "Lower bound", "none"),
            Parameter.optional("max", "Upper bound", "none"))),
    LOGNORMAL("lognormal", "Log-normal", List.of(Parameter.required("mean", "Mean"),
            Parameter.required("sd", "Standard deviation"))),
    DISCRETE("discrete", "Discrete", List.of(Parameter.required("values", "Values"),
            Parameter.optional("weights", "Weights", "equal")));

    /**
     * One parameter: its name in the file, a label for the form, and for an optional parameter
     * what leaving it empty means ({@code "4"}, {@code "none"}).
     */
    public record Parameter(String name, String label, boolean required, String whenEmpty) {
        static Parameter required(String name, String label) {
            return new Parameter(name, label, true, null);
        }

        static Parameter optional(String name, String label, String whenEmpty) {
            return new Parameter(name, label, false, whenEmpty);
        }
    }

    private final String id;
    private final String label;
    private final List<Parameter> parameters;

    DistributionKind(String id, String label, List<Parameter> parameters) {
        this.id = id;
        this.label = label;
        this.parameters = parameters;
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
