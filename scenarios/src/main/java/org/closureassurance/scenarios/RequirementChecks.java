package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.FieldChecks.at;
import static org.closureassurance.scenarios.json.NumberText.format;

import java.util.ArrayList;
import java.util.List;
import org.closureassurance.scenarios.RequirementFormat.Requirement;
import org.closureassurance.scenarios.json.JsonPath;
import org.closureassurance.simulator.model.Addon;
import org.closureassurance.simulator.model.Bracket;
import org.closureassurance.simulator.model.Estimate;

/**
 * Checks of a {@code requirements[]} rule: amounts and percentages not below 0, a pooled rate
 * of at most 100 %, phasing that starts before it is full, and tiered add-ons whose brackets
 * ascend with only the last one open-ended. Null parts (absent or unreadable) pass.
 */
final class RequirementChecks {
    private RequirementChecks() {
    }

    /** Checks every rule of a built scenario, as the file reader checks them while reading. */
    static void checkRequirement(String path, org.closureassurance.simulator.model.Requirement r,
                                 List<ValidationError> out) {
        if (r instanceof org.closureassurance.simulator.model.Requirement.PercentOfEstimate p) {
            checkPercentOfEstimate(path, p.percent(), p.minimum(), out);
        } else if (r instanceof org.closureassurance.simulator.model.Requirement.TieredAddons t) {
            checkAddons(path, t.addons(), out);
        } else if (r instanceof org.closureassurance.simulator.model.Requirement.Phased p) {
            checkPhased(path, p.base(), p.percent(), p.startYearsBeforeClosure(), p.fullYearsBeforeClosure(), out);
        } else if (r instanceof org.closureassurance.simulator.model.Requirement.PooledContribution p) {
            checkPooled(path, p.ratePercent(), p.threshold(), out);
        }
    }

    static void checkPercentOfEstimate(String path, Double percent, Double minimum, List<ValidationError> out) {
        atLeastZero(path, Requirement.PERCENT, percent, out);
        atLeastZero(path, Requirement.MINIMUM, minimum, out);
    }

    static void checkPhased(String path, Double base, Double percent, Integer start, Integer full,
                            List<ValidationError> out) {
        atLeastZero(path, Requirement.BASE, base, out);
        atLeastZero(path, Requirement.PERCENT, percent, out);
        if (start != null && full != null && start <= full) {
            out.add(new ValidationError(at(path, Requirement.START_YEARS_BEFORE_CLOSURE), "must be greater than "
                    + "fullYearsBeforeClosure: phasing starts before full security is due (was " + start + " <= "
                    + full + ")"));
        }
    }

    static void checkPooled(String path, Double ratePercent, Double threshold, List<ValidationError> out) {
        atLeastZero(path, Requirement.RATE_PERCENT, ratePercent, out);
        if (ratePercent != null && ratePercent > 100) {
            out.add(new ValidationError(at(path, Requirement.RATE_PERCENT), "must be at most 100 (per cent of the "
                    + "estimate a year; was " + format(ratePercent) + ")"));
        }
        atLeastZero(path, Requirement.THRESHOLD, threshold, out);
    }

    /** The parts of one bracket as read: {@code upTo} null when left out. */
    record BracketParts(Double upTo, Double percent) {
        static BracketParts of(Bracket b) {
            return new BracketParts(b.upTo(), b.percent());
        }
    }

    /** Add-ons of a built rule: their names and brackets. */
    static void checkAddons(String path, List<Addon> addons, List<ValidationError> out) {
        String list = at(path, Requirement.ADDONS);
        List<String> names = new ArrayList<>();
        for (int a = 0; a < addons.size(); a++) {
            names.add(addons.get(a).name());
            checkBrackets(at(JsonPath.index(list, a), RequirementFormat.Addon.BRACKETS),
                    addons.get(a).brackets().stream().map(BracketParts::of).toList(), out);
        }
        NameChecks.checkNames(list, names, out);
    }

    /**
     * Brackets at {@code path} (null entries were unreadable): at least one, percents in
     * {@code 0 .. 100}, {@code upTo} not below 0 and strictly ascending, every bracket but the
     * last with an {@code upTo} and the last without one.
     */
    static void checkBrackets(String path, List<BracketParts> brackets, List<ValidationError> out) {
        if (brackets.isEmpty()) {
            out.add(new ValidationError(path, "needs at least one bracket, like [{\"percent\": 10}]"));
            return;
        }
        Double previous = null;
        for (int j = 0; j < brackets.size(); j++) {
            BracketParts b = brackets.get(j);
            if (b == null) {
                previous = null;
                continue;
            }
            String at = JsonPath.index(path, j);
            boolean last = j == brackets.size() - 1;
            atLeastZero(at, RequirementFormat.Bracket.PERCENT, b.percent(), out);
            if (b.percent() != null && b.percent() > 100) {
                out.add(new ValidationError(at(at, RequirementFormat.Bracket.PERCENT), "must be at most 100 (was "
                        + format(b.percent()) + ")"));
            }
            if (b.upTo() == null && !last) {
                out.add(new ValidationError(at, "only the last bracket may leave out upTo (it takes every estimate "
                        + "above the others); give this one an upTo or move it last"));
            } else if (b.upTo() != null && last) {
                out.add(new ValidationError(at(at, RequirementFormat.Bracket.UP_TO), "must be left out of the last "
                        + "bracket, which takes every estimate above the others (was " + format(b.upTo()) + ")"));
            }
            if (b.upTo() != null) {
                atLeastZero(at, RequirementFormat.Bracket.UP_TO, b.upTo(), out);
                if (previous != null && !(b.upTo() > previous)) {
                    out.add(new ValidationError(at(at, RequirementFormat.Bracket.UP_TO), "must be greater than the "
                            + "previous bracket's upTo: brackets ascend (was " + format(b.upTo()) + " <= "
                            + format(previous) + ")"));
                }
            }
            previous = b.upTo();
        }
    }

    /**
     * A base estimate needs a closure package to estimate: reported at each rule that asks for it
     * when the scenario has no cost item, water stream, rehabilitation domain or risk event.
     */
    static void checkBaseNeedsPackage(List<? extends org.closureassurance.simulator.model.Requirement> rules,
                                      boolean hasPackage, List<ValidationError> out) {
        if (hasPackage) {
            return;
        }
        for (int r = 0; r < rules.size(); r++) {
            if (rules.get(r) != null && rules.get(r).estimate() instanceof Estimate.Base) {
                out.add(new ValidationError(at(JsonPath.index(ScenarioFormat.Top.REQUIREMENTS.name(), r),
                        Requirement.ESTIMATE), "is \"base\", but the scenario has no closure package to estimate (no "
                        + "cost items, water treatment, rehabilitation or risk events); give the estimate as a number"));
            }
        }
    }

    private static void atLeastZero(String path, FormatField field, Double x, List<ValidationError> out) {
        if (x != null && x < 0) {
            out.add(new ValidationError(at(path, field), "must be >= 0 (was " + format(x) + ")"));
        }
    }
}
