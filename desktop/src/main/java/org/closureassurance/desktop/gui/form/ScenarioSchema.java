package org.closureassurance.desktop.gui.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.closureassurance.scenarios.FieldType;
import org.closureassurance.scenarios.FormatField;
import org.closureassurance.scenarios.FormatObject;
import org.closureassurance.scenarios.ScenarioFormat;
import org.closureassurance.scenarios.ScenarioFormat.Common;
import org.closureassurance.scenarios.ScenarioFormat.Top;

/**
 * Every page of the scenario editor and every field on it, derived from the scenario format
 * ({@link ScenarioFormat}): two pages of top-level fields, then one page per list section, each
 * field with the label, help, unit dimension and words the schema gives it. A section or field
 * added to the schema appears here with no edit; {@link SectionLayout} only says which fields a
 * section's table shows as columns. Field keys are JSON paths inside their element
 * ({@code duration.halfLifeYears}), plus a unit's key beside its Value ({@code flow.unit}), an
 * optional object's switch under the object's own name ({@code setback}), and the editor-only
 * {@link ShapeChoice}s.
 */
public final class ScenarioSchema {
    private static final List<FormatField> GENERAL = List.of(Top.NAME, Top.DESCRIPTION, Top.CURRENCY, Top.BASE_YEAR,
            Top.SIMULATION);
    /**
     * Words whose choice reads better than the word itself; a word not listed (one added to the
     * format later) reads as itself in words. The keys are words of the format ({@code year} is a
     * forfeiture mode, {@code years} a duration type), not the fields of the same names.
     */
    private static final Map<String, String> WORD_LABELS = Map.of(
            "monte-carlo", "Monte Carlo",
            "year", "In a given year",
            "annual-hazard", "Yearly chance (hazard)",
            "years", "A number of years",
            "decay", "Until a concentration decays",
            "perpetual", "Forever (perpetual)",
            "self-bond", "Self-bond");
    private static final List<SectionSpec> PAGES = build();

    private ScenarioSchema() {
    }

    /** The editor's pages in order: two of top-level fields, then one per list section. */
    public static List<SectionSpec> pages() {
        return PAGES;
    }

    /** The page with {@code id}. */
    public static SectionSpec page(String id) {
        for (SectionSpec p : PAGES) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no editor page " + id);
    }

    /** The page that edits list {@code section}. */
    public static SectionSpec forSection(String section) {
        for (SectionSpec p : PAGES) {
            if (section.equals(p.section())) {
                return p;
            }
        }
        throw new IllegalArgumentException("no editor page for section " + section);
    }

    /** The page that shows top-level field {@code key}, or the field a JSON path lies within ({@code economics.discountRate[0].rate}). */
    public static SectionSpec forGeneralField(String key) {
        for (SectionSpec p : PAGES) {
            if (!p.isList() && p.field(key) != null) {
                return p;
            }
        }
        for (SectionSpec p : PAGES) {
            if (!p.isList() && p.fields().stream().anyMatch(f -> Assembly.isUnder(key, f.path()))) {
                return p;
            }
        }
        return PAGES.get(0);
    }

    /** The fields of the top level, of every page, in file order. */
    public static List<FieldSpec> generalFields() {
        List<FieldSpec> out = new ArrayList<>();
        for (SectionSpec p : PAGES) {
            if (!p.isList()) {
                out.addAll(p.fields());
            }
        }
        return out;
    }

    /** The form key of a field inside objects: {@code key(Top.SIMULATION, Simulation.SEED)} is {@code simulation.seed}. */
    public static String key(FormatField... path) {
        StringBuilder s = new StringBuilder();
        for (FormatField f : path) {
            s.append(s.length() == 0 ? "" : ".").append(f.name());
        }
        return s.toString();
    }

    private static List<SectionSpec> build() {
        List<FieldSpec> general = new ArrayList<>();
        List<FieldSpec> closure = new ArrayList<>();
        List<SectionSpec> pages = new ArrayList<>();
        for (FormatField f : Top.OBJECT.fields()) {
            if (f != Top.FORMAT && f.type() != FieldType.LIST) {
                (GENERAL.contains(f) ? general : closure).addAll(fields(Top.OBJECT, "", f, e -> true));
            }
        }
        pages.add(new SectionSpec("general", null, "General", null, general, List.of(), null, true));
        pages.add(new SectionSpec("closure", null, "Closure and economics", null, closure, List.of(), null, true));
        for (FormatField f : Top.OBJECT.fields()) {
            if (f.type() == FieldType.LIST) {
                pages.add(section(f));
            }
        }
        return List.copyOf(pages);
    }

    private static SectionSpec section(FormatField list) {
        FormatObject element = inner(Top.OBJECT, list);
        String noun = element.noun() != null ? element.noun()
                : list.title().toLowerCase(java.util.Locale.ROOT).replaceAll("s$", "");
        List<FieldSpec> fields = flatten(element, "", e -> true);
        List<FieldSpec> columns = SectionLayout.columns(element, fields);
        return new SectionSpec(list.name(), list.name(), list.title(), noun, fields, columns,
                template(element, noun, fields), fields.size() > columns.size());
    }

    /** The object that field {@code f} of {@code owner} holds (or holds a list of). */
    static FormatObject inner(FormatObject owner, FormatField f) {
        String path = (owner == Top.OBJECT ? "" : owner.path() + ".") + f.name()
                + (f.type() == FieldType.LIST ? "[]" : "");
        FormatObject o = ScenarioFormat.objectAt(path);
        if (o == null) {
            throw new IllegalStateException("the scenario format declares no object " + path);
        }
        return o;
    }

    /** The fields of {@code o}, their keys under {@code prefix}, each shown only while {@code shown} holds. */
    static List<FieldSpec> flatten(FormatObject o, String prefix, Predicate<ElementForm> shown) {
        List<FieldSpec> out = new ArrayList<>();
        List<ShapeChoice> placed = new ArrayList<>();
        for (FormatField f : o.fields()) {
            Predicate<ElementForm> when = shown.and(inVariant(o, prefix, f));
            for (ShapeChoice c : ShapeChoice.of(o)) {
                ShapeChoice.Option option = c.optionOf(f);
                if (option == null) {
                    continue;
                }
                if (!placed.contains(c)) {
                    placed.add(c);
                    Predicate<ElementForm> variant = shown.and(e -> c.variant() == null
                            || c.variant().equals(e.text(prefix + o.discriminator())));
                    out.add(FieldSpec.of(prefix + c.key(), c.label(), FieldKind.CHOICE).help(c.help())
                            .choices(c.choices().toArray(new Choice[0])).when(variant));
                }
                when = when.and(e -> c.chosen(e, prefix).equals(option.id()));
            }
            out.addAll(fields(o, prefix, f, when));
            out.addAll(alternates(o, prefix, f, shown));
        }
        return out;
    }

    /**
     * The other shapes of {@code f} that {@code o} does not declare (a discount-rate schedule
     * beside the single rate), each shown while its option is chosen.
     */
    private static List<FieldSpec> alternates(FormatObject o, String prefix, FormatField f,
                                              Predicate<ElementForm> shown) {
        List<FieldSpec> out = new ArrayList<>();
        for (ShapeChoice c : ShapeChoice.of(o)) {
            if (c.optionOf(f) == null) {
                continue;
            }
            for (FormatField alternate : c.alternates()) {
                ShapeChoice.Option option = c.optionOf(alternate);
                Predicate<ElementForm> when = shown.and(e -> c.chosen(e, prefix).equals(option.id()));
                out.addAll(fields(o, prefix, alternate, when));
            }
        }
        return out;
    }

    private static Predicate<ElementForm> inVariant(FormatObject o, String prefix, FormatField f) {
        String discriminator = o.discriminator();
        if (discriminator == null || discriminator.equals(f.name())) {
            return e -> true;
        }
        return e -> {
            String word = e.text(prefix + discriminator);
            return o.variants().containsKey(word) && o.names(word).contains(f.name());
        };
    }

    private static List<FieldSpec> fields(FormatObject o, String prefix, FormatField f, Predicate<ElementForm> when) {
        String key = prefix + ShapeChoice.formName(f);
        FieldSpec plain = FieldSpec.of(key, f.title(), kind(f)).help(help(f)).when(when).editing(f);
        return switch (f.type()) {
            case OBJECT -> {
                FormatObject inner = inner(o, f);
                if (f.required()) {
                    yield flatten(inner, key + ".", when);
                }
                List<FieldSpec> out = new ArrayList<>(List.of(plain));
                out.addAll(flatten(inner, key + ".", when.and(e -> Boolean.parseBoolean(e.text(key)))));
                yield out;
            }
            case LIST -> List.of(plain.rows(flatten(inner(o, f), "", e -> true).toArray(new FieldSpec[0])));
            case QUANTITY, RATE -> List.of(plain.measuredIn(unitKey(key, f), f.dimension())
                    .sameDimensionAs(sameDimension(o, prefix, f)));
            case WORD -> List.of(plain.choices(f.words().stream().map(w -> new Choice(w, wordLabel(w)))
                    .toArray(Choice[]::new)));
            default -> List.of(plain);
        };
    }

    /** The field's help, and what leaving a number empty means: a file that leaves it out takes the default. */
    private static String help(FormatField f) {
        boolean number = switch (f.type()) {
            case VALUE, INTEGER, NUMBER -> true;
            default -> false;
        };
        if (!number || f.defaultJson() == null) {
            return f.hint();
        }
        return (f.hint() == null ? "" : f.hint() + " ") + "Empty: " + f.defaultJson() + ".";
    }

    /** The key of the unit beside a Quantity ({@code flow.unit}) or rate ({@code unitCost.per}). */
    static String unitKey(String key, FormatField f) {
        return key + "." + (f.type() == FieldType.RATE ? ScenarioFormat.Measure.PER : ScenarioFormat.Measure.UNIT)
                .name();
    }

    /** A rate of any dimension is priced per the dimension of its object's Quantity of any dimension. */
    private static String sameDimension(FormatObject o, String prefix, FormatField f) {
        if (f.type() != FieldType.RATE || f.dimension() != null) {
            return null;
        }
        for (FormatField q : o.fields()) {
            if (q.type() == FieldType.QUANTITY && q.dimension() == null) {
                return unitKey(prefix + q.name(), q);
            }
        }
        return null;
    }

    private static FieldKind kind(FormatField f) {
        return switch (f.type()) {
            case STRING -> f == Common.DESCRIPTION || f == Top.DESCRIPTION ? FieldKind.LONG_TEXT
                    : "input path".equals(f.measure()) ? FieldKind.INPUT : FieldKind.TEXT;
            case WORD -> FieldKind.CHOICE;
            case INTEGER -> FieldKind.INTEGER;
            case NUMBER -> FieldKind.NUMBER;
            case BOOLEAN, OBJECT -> FieldKind.FLAG;
            case VALUE, QUANTITY, RATE -> FieldKind.VALUE;
            case LIST -> FieldKind.ROWS;
            case STRINGS -> FieldKind.CATEGORIES;
        };
    }

    /** A word as a choice reads: {@code at-closure} is "At closure". */
    static String wordLabel(String word) {
        if (WORD_LABELS.containsKey(word)) {
            return WORD_LABELS.get(word);
        }
        String w = word.replace('-', ' ');
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /**
     * A new element: named "New cost item", every word at its default (or its first word, so that
     * a variant's fields show), optional objects switched off, units at the dimension's usual one,
     * editor-only choices at their fallback. Values stay empty and so take the format's defaults.
     */
    private static ElementForm template(FormatObject o, String noun, List<FieldSpec> fields) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (o.field(Common.NAME.name()) != null) {
            m.put(Common.NAME.name(), "New " + noun);
        }
        for (FieldSpec s : fields) {
            FormatField f = s.source();
            if (f == null) {
                ShapeChoice.of(o).stream().filter(c -> c.isAt(s.key())).findFirst()
                        .ifPresent(c -> m.put(s.key(), c.fallback()));
            } else if (f.type() == FieldType.WORD) {
                m.put(s.key(), f.defaultJson() != null ? f.defaultJson().replace("\"", "") : f.words().get(0));
            } else if (f.type() == FieldType.OBJECT || f.type() == FieldType.BOOLEAN) {
                m.put(s.key(), Boolean.toString("true".equals(f.defaultJson())));
            } else if (s.unitKey() != null) {
                m.put(s.unitKey(), f.startingUnit());
            }
        }
        return new ElementForm(m);
    }
}
