package org.closureassurance.simulator.model;

import java.util.Objects;
import org.closureassurance.simulator.value.Value;

/**
 * A named surety or bank that writes bonds (docs/model.md, "Named providers"): every bond that
 * names it shares its one failure year per iteration, the first year in which its yearly
 * default event happens, and from then on is worth {@code recoveryRate} of its face.
 *
 * @param driver ties its yearly default to an economic factor; null when independent
 */
public record Provider(String name, String description, Value annualDefaultProbability, Value recoveryRate,
                       Driver driver) {
    public Provider {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(annualDefaultProbability, "annualDefaultProbability");
        Objects.requireNonNull(recoveryRate, "recoveryRate");
    }
}
