package org.closureassurance.desktop.gui.form;

import java.util.List;
import org.closureassurance.scenarios.AssuranceFormat.Assurance;
import org.closureassurance.scenarios.CostFormat.CostItem;
import org.closureassurance.scenarios.FormatField;
import org.closureassurance.scenarios.FormatObject;
import org.closureassurance.scenarios.RiskEventFormat.RiskEvent;

/**
 * An editor-only choice between two shapes of one element that the file tells apart by which
 * fields are given: a cost item priced by quantity or as a lump sum, a risk event that happens
 * once or each year, a bond with one amount or a schedule. A file needs no such switch; the form
 * does, to show only the fields of the chosen shape and to write only those into the tree. The
 * format's own alternatives (a forfeiture's {@code mode}, an instrument's {@code type}) need no
 * entry here: the schema declares them as variants.
 *
 * @param owner    the object whose elements have the choice
 * @param variant  the variant of {@code owner} the choice belongs to ({@code bond}); null for every element
 * @param key      the editor-only key the choice is kept under in the element's form
 * @param label    the choice's label
 * @param help     its tooltip
 * @param options  the shapes, in the order shown
 * @param fallback the id of the shape an element has when it gives none of the fields
 */
public record ShapeChoice(FormatObject owner, String variant, String key, String label, String help,
                          List<Option> options, String fallback) {
    /** Editor-only choice of a cost item: priced by quantity or a lump amount. */
    public static final String PRICING = "pricing";
    /** Editor-only choice of a risk event: once, or per year. */
    public static final String OCCURRENCE = "occurrence";
    /** Editor-only choice of a bond: a fixed amount or a schedule. */
    public static final String AMOUNT_BY = "amountBy";

    /** Every editor-only choice. */
    public static final List<ShapeChoice> ALL = List.of(
            new ShapeChoice(CostItem.OBJECT, null, PRICING, "Priced as", "Quantity times unit cost, or one lump amount.",
                    List.of(new Option("by-quantity", "Quantity × unit cost", List.of(CostItem.QUANTITY,
                            CostItem.UNIT_COST)), new Option("lump-sum", "Lump sum", List.of(CostItem.AMOUNT))),
                    "lump-sum"),
            new ShapeChoice(RiskEvent.OBJECT, null, OCCURRENCE, "Happens",
                    "Once with a probability, or with a chance in each year of a range.",
                    List.of(new Option("once", "Once", List.of(RiskEvent.PROBABILITY, RiskEvent.YEAR)),
                            new Option("per-year", "Each year, by chance", List.of(RiskEvent.ANNUAL_PROBABILITY,
                                    RiskEvent.FROM_YEAR, RiskEvent.TO_YEAR, RiskEvent.MAX_OCCURRENCES))),
                    "once"),
            new ShapeChoice(Assurance.OBJECT, "bond", AMOUNT_BY, "Face amount", null,
                    List.of(new Option("fixed", "Fixed amount", List.of(Assurance.AMOUNT)),
                            new Option("by-schedule", "Schedule of steps", List.of(Assurance.SCHEDULE))),
                    "fixed"));

    /** One shape: its id in the form, its label, and the fields that only it has. */
    public record Option(String id, String label, List<FormatField> fields) {
        public Option {
            fields = List.copyOf(fields);
        }
    }

    public ShapeChoice {
        options = List.copyOf(options);
    }

    /** The choices of the elements of {@code object}. */
    public static List<ShapeChoice> of(FormatObject object) {
        return ALL.stream().filter(c -> c.owner() == object).toList();
    }

    /** The option that has {@code field}, or null when every shape has it. */
    public Option optionOf(FormatField field) {
        for (Option o : options) {
            if (o.fields().contains(field)) {
                return o;
            }
        }
        return null;
    }

    /** The shape {@code element} has chosen; the fallback while it has chosen none. */
    public String chosen(ElementForm element) {
        String id = element.text(key);
        return options.stream().anyMatch(o -> o.id().equals(id)) ? id : fallback;
    }

    /** The choices as the editor offers them. */
    public List<Choice> choices() {
        return options.stream().map(o -> new Choice(o.id(), o.label())).toList();
    }
}
