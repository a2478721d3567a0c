package org.closureassurance.desktop.gui.form;

import java.util.List;
import org.closureassurance.scenarios.AssuranceFormat.Assurance;
import org.closureassurance.scenarios.CostFormat.CostItem;
import org.closureassurance.scenarios.FieldType;
import org.closureassurance.scenarios.FormatField;
import org.closureassurance.scenarios.FormatObject;
import org.closureassurance.scenarios.RiskEventFormat.RiskEvent;
import org.closureassurance.scenarios.ScenarioFormat.DiscountStep;
import org.closureassurance.scenarios.ScenarioFormat.Economics;

/**
 * An editor-only choice between two shapes of one element that the file tells apart by which
 * fields are given: a cost item priced by quantity or as a lump sum, a risk event that happens
 * once or each year, a bond with one amount or a schedule, a discount rate that is one Value or a
 * schedule of steps. A file needs no such switch; the form
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

    /** Editor-only choice of the economics: one discount rate or a schedule of steps. */
    public static final String DISCOUNT_BY = "discountBy";
    /**
     * The discount rate as a schedule: the same file field as {@link Economics#DISCOUNT_RATE},
     * seen as the list of steps it may hold instead of a Value. The form edits it under its own
     * key ({@link #DISCOUNT_SCHEDULE_KEY}), beside the single rate, so that switching back and
     * forth loses neither.
     */
    public static final FormatField DISCOUNT_SCHEDULE = new FormatField(Economics.DISCOUNT_RATE.name(), FieldType.LIST,
            null, null, null, Long.MIN_VALUE, Long.MAX_VALUE, null, true, null, List.of(),
            DiscountStep.OBJECT.intro(), "[]", "Discount-rate schedule",
            "Forward real rates by absolute year; the first step from year 0, each later step later than the one"
                    + " before, the last step's rate for ever after.", DiscountStep.OBJECT, null);
    /** The form key of {@link #DISCOUNT_SCHEDULE}'s rows inside {@code economics}. */
    public static final String DISCOUNT_SCHEDULE_KEY = "discountSchedule";

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
                    "fixed"),
            new ShapeChoice(Economics.OBJECT, null, DISCOUNT_BY, "Discounting",
                    "One real rate for every year, or a schedule of forward rates by year (a declining one such as"
                            + " the UK Green Book's).",
                    List.of(new Option("single", "One rate", List.of(Economics.DISCOUNT_RATE)),
                            new Option("schedule", "Schedule by year", List.of(DISCOUNT_SCHEDULE))),
                    "single"));

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
        return chosen(element, "");
    }

    /** The shape chosen for the object at {@code prefix} of {@code element} ({@code economics.}); the fallback while none is. */
    public String chosen(ElementForm element, String prefix) {
        String id = element.text(prefix + key);
        return options.stream().anyMatch(o -> o.id().equals(id)) ? id : fallback;
    }

    /**
     * The fields of the options that {@code owner} does not declare itself: another shape of one
     * of its fields under a form key of its own ({@link #DISCOUNT_SCHEDULE}).
     */
    public List<FormatField> alternates() {
        return options.stream().flatMap(o -> o.fields().stream()).filter(f -> !owner.fields().contains(f)).toList();
    }

    /** The form key, inside its object, of field {@code f} of an option; its name unless it is an alternate. */
    public static String formName(FormatField f) {
        return f == DISCOUNT_SCHEDULE ? DISCOUNT_SCHEDULE_KEY : f.name();
    }

    /** Whether {@code formKey} is this choice's key in the form ({@code economics.discountBy}, {@code pricing}). */
    public boolean isAt(String formKey) {
        return formKey.equals(key) || formKey.endsWith("." + key);
    }

    /** The choices as the editor offers them. */
    public List<Choice> choices() {
        return options.stream().map(o -> new Choice(o.id(), o.label())).toList();
    }
}
