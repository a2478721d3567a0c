package org.closureassurance.simulator.engine;

import org.closureassurance.simulator.model.EconomicFactor;
import org.closureassurance.simulator.model.Economy;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.model.InputField;
import org.closureassurance.simulator.model.Provider;
import org.closureassurance.simulator.model.Scenario;

/**
 * The scenario's economic factors and named providers compiled once per run
 * (docs/model.md, "Economic factors"): each factor's persistence and innovation scale, the
 * lower Cholesky factor of the innovations' correlation matrix, each provider's slots and
 * driver, and the forfeiture hazard's driver. Also the random stream purposes of the draws
 * that belong to them, each a stream of its own so that no 0.1 stream moves.
 */
final class EconomyPlan {
    /** Every factor's yearly innovations of an iteration. */
    static final int PURPOSE_FACTORS = 3;
    /** The forfeiture hazard's own normals {@code eps_t}, when it has a driver. */
    static final int PURPOSE_FORFEITURE = 4;
    /** First purpose of the providers' and driven instruments' streams, interleaved. */
    private static final int PURPOSE_OWN = 16;

    /** The scenario's factors, which drivers name. */
    final Economy declared;
    final String[] factorNames;
    final double[] persistence;
    /** {@code sqrt(1 - phi^2)} per factor. */
    final double[] innovationScale;
    /** Lower Cholesky factor of the innovations' correlations; null with no factor. */
    final double[][] lower;
    final ProviderPlan[] providers;
    /** The forfeiture hazard's driver, or null. */
    final DriverPlan forfeiture;

    EconomyPlan(Scenario s, InputSlots slots) {
        Economy economy = s.economy();
        declared = economy;
        int k = economy.factors().size();
        factorNames = new String[k];
        persistence = new double[k];
        innovationScale = new double[k];
        for (int f = 0; f < k; f++) {
            EconomicFactor factor = economy.factors().get(f);
            factorNames[f] = factor.name();
            persistence[f] = factor.persistence();
            innovationScale[f] = factor.innovationScale();
        }
        lower = k == 0 ? null : economy.innovationLower();
        providers = new ProviderPlan[s.providers().size()];
        for (int p = 0; p < providers.length; p++) {
            Provider v = s.providers().get(p);
            providers[p] = new ProviderPlan(v.name(), slots.of(InputField.PROVIDER_DEFAULT_PROBABILITY, v.name()),
                    slots.of(InputField.PROVIDER_RECOVERY_RATE, v.name()), DriverPlan.of(v.driver(), economy));
        }
        forfeiture = s.forfeiture() instanceof Forfeiture.AnnualHazard h ? DriverPlan.of(h.driver(), economy) : null;
    }

    int factorCount() {
        return factorNames.length;
    }

    /** The index of the provider called {@code name}. */
    int provider(String name) {
        for (int p = 0; p < providers.length; p++) {
            if (providers[p].name().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no provider named " + name);
    }

    /** The stream purpose of provider {@code p}'s yearly draws. */
    static int providerPurpose(int p) {
        return PURPOSE_OWN + 2 * p;
    }

    /** The stream purpose of instrument {@code j}'s driven draws. */
    static int instrumentPurpose(int j) {
        return PURPOSE_OWN + 2 * j + 1;
    }
}
