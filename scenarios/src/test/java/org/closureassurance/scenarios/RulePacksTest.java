package org.closureassurance.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.closureassurance.simulator.model.Estimate;
import org.closureassurance.simulator.model.Requirement;
import org.junit.jupiter.api.Test;

/** The bundled rule packs read with the scenario format's binder and carry the figures of their sources. */
class RulePacksTest {
    @Test
    void everyBundledPackReadsWithItsSourceAndVerifyNote() {
        List<RulePack> packs = RulePacks.all();
        assertEquals(RulePacks.ids().size(), packs.size());
        for (RulePack p : packs) {
            assertFalse(p.requirements().isEmpty(), p.id());
            assertFalse(p.source().isBlank(), p.id());
            assertFalse(p.verify().isBlank(), p.id());
            p.requirements().forEach(r -> assertInstanceOf(Estimate.Base.class, r.estimate(), r.name()));
        }
    }

    @Test
    void nevadaAddOnsFollowTheSrceBrackets() {
        Requirement.TieredAddons srce = assertInstanceOf(Requirement.TieredAddons.class,
                RulePacks.load("nevada-srce").requirements().get(0));
        // 1 M direct: engineering 8 %, contingency 8 %; 30 M: 4 % and 6 %.
        assertEquals(1.16, srce.factor(1e6), 1e-15);
        assertEquals(1.10, srce.factor(3e7), 1e-15);
    }

    @Test
    void pooledSchemesCarryTheirRatesAndThresholds() {
        List<Requirement> qld = RulePacks.load("queensland-fps").requirements();
        Requirement.PooledContribution moderateHigh = assertInstanceOf(Requirement.PooledContribution.class,
                qld.get(3));
        assertEquals(6.5, moderateHigh.ratePercent());
        assertEquals(1e7, moderateHigh.threshold());
        Requirement.PooledContribution wa = assertInstanceOf(Requirement.PooledContribution.class,
                RulePacks.load("western-australia-mrf").requirements().get(0));
        assertEquals(1, wa.ratePercent());
        Requirement.PercentOfEstimate smcra = assertInstanceOf(Requirement.PercentOfEstimate.class,
                RulePacks.load("smcra-minimum").requirements().get(0));
        assertEquals(10_000, smcra.required(2_000, 0, 0));
        Requirement.Phased export = assertInstanceOf(Requirement.Phased.class,
                RulePacks.load("alberta-mfsp").requirements().get(1));
        assertEquals(7e6, export.base());
        assertEquals(15, export.startYearsBeforeClosure());
        assertEquals(6, export.fullYearsBeforeClosure());
    }

    @Test
    void aBrokenPackReportsItsProblemsAtTheirPaths() {
        String json = "{\"format\": \"closure-assurance-rules/1\", \"name\": \"x\", \"jurisdiction\": \"j\", "
                + "\"source\": \"s\", \"verify\": \"v\", \"requirements\": [{\"name\": \"r\", \"rule\": \"phased\", "
                + "\"estimate\": \"base\", \"base\": 1, \"percent\": 100, \"startYearsBeforeClosure\": 3, "
                + "\"fullYearsBeforeClosure\": 5}]}";
        List<ValidationError> errors = new ArrayList<>();
        assertNull(RulePacks.read("x", json.getBytes(StandardCharsets.UTF_8), errors));
        assertEquals(List.of("requirements[0].startYearsBeforeClosure: must be greater than fullYearsBeforeClosure: "
                + "phasing starts before full security is due (was 3 <= 5)"),
                errors.stream().map(ValidationError::toString).toList());
        assertThrows(IllegalArgumentException.class, () -> RulePacks.load("nowhere"));
    }
}
