package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.FormatField.list;
import static org.closureassurance.scenarios.FormatField.number;
import static org.closureassurance.scenarios.FormatField.object;
import static org.closureassurance.scenarios.FormatField.string;
import static org.closureassurance.scenarios.FormatField.value;
import static org.closureassurance.scenarios.ScenarioFormat.PROBABILITY;

import org.closureassurance.scenarios.ScenarioFormat.Common;
import org.closureassurance.scenarios.ValueChecks.Bounds;
import org.closureassurance.simulator.model.InputField;

/**
 * The economic factors, their drivers and the named providers of the scenario format
 * (docs/model.md, "Economic factors"): {@code economy}, {@code providers[]} and the
 * {@code driver} objects that tie a yearly event to a factor. Part of {@link ScenarioFormat}.
 */
public final class EconomyFormat {
    /** {@code [0, 1)}: a persistence, a driver's weight. */
    static final Bounds BELOW_ONE = new Bounds(0, false, 1, true);
    static final String DRIVER_EXAMPLE = "{\"factor\": \"copper-price\", \"weight\": 0.3}";

    private EconomyFormat() {
    }

    /** {@code economy}: the factors and the correlations of their yearly innovations. */
    public static final class Economy {
        public static final FormatField FACTORS = list("factors").byDefault("[]")
                .about("each a standardised state of a price or of the economy; low values are bad times")
                .holding(Factor.OBJECT);
        public static final FormatField CORRELATIONS = list("correlations").byDefault("[]")
                .about("Pearson correlations of the factors' yearly innovations")
                .holding(FactorCorrelation.OBJECT);
        public static final FormatObject OBJECT = FormatObject.of("economy", "", FACTORS, CORRELATIONS);

        private Economy() {
        }
    }

    /** {@code economy.factors[]}. */
    public static final class Factor {
        public static final FormatField PERSISTENCE = number("persistence").asRequired().within(BELOW_ONE)
                .about("`phi`: `M_t = phi M_(t-1) + sqrt(1 - phi^2) e_t`, a plain number");
        public static final FormatObject OBJECT = FormatObject.of("economy.factors[]", "", Common.NAME,
                Common.DESCRIPTION, PERSISTENCE);

        private Factor() {
        }
    }

    /** {@code economy.correlations[]}. */
    public static final class FactorCorrelation {
        public static final FormatField A = string("a").asRequired().example("\"copper-price\"")
                .about("names a factor; differs from `b`; a pair appears once");
        public static final FormatField B = string("b").asRequired().example("\"world-economy\"")
                .about("names another factor");
        public static final FormatField RHO = number("rho").asRequired().within(new Bounds(-1, true, 1, true))
                .about("Pearson correlation of the two factors' yearly innovations; all pairs together must be "
                        + "positive definite");
        public static final FormatObject OBJECT = FormatObject.of("economy.correlations[]", "", A, B, RHO);

        private FactorCorrelation() {
        }
    }

    /** A {@code driver} (or a trust fund's {@code returnDriver}): ties a yearly event to a factor. */
    public static final class Driver {
        public static final FormatField FACTOR = string("factor").asRequired().example("\"copper-price\"")
                .about("names a factor of `economy.factors`");
        public static final FormatField WEIGHT = number("weight").asRequired().within(BELOW_ONE)
                .about("`w`: the event happens when `sqrt(w) M_t + sqrt(1-w) eps_t < Phi^-1(p)`; 0 is independent");
        public static final FormatObject OBJECT = FormatObject.of("driver", "", FACTOR, WEIGHT);

        private Driver() {
        }
    }

    /** {@code providers[]}: sureties and banks that write bonds. */
    public static final class Provider {
        public static final FormatField ANNUAL_DEFAULT_PROBABILITY = value(InputField.PROVIDER_DEFAULT_PROBABILITY.key(), PROBABILITY)
                .byDefault("0").measuring("probability per year")
                .about("the chance the provider fails in each year; every bond it wrote fails with it");
        public static final FormatField RECOVERY_RATE = value(InputField.PROVIDER_RECOVERY_RATE.key(), PROBABILITY).byDefault("0")
                .about("the fraction of each of its bonds' face still realisable after it fails");
        public static final FormatField DRIVER = object("driver", DRIVER_EXAMPLE)
                .about("ties its yearly failure to a factor (object below)")
                .holding(Driver.OBJECT);
        public static final FormatObject OBJECT = FormatObject.of("providers[]", "", Common.NAME, Common.DESCRIPTION,
                ANNUAL_DEFAULT_PROBABILITY, RECOVERY_RATE, DRIVER);

        private Provider() {
        }
    }
}
