package org.closureassurance.simulator.portfolio;

import org.closureassurance.simulator.engine.ScenarioSiteRun;

/**
 * Carries a {@link ScenarioSiteModel} through one iteration on one worker: hands the shared
 * world's draws to the site's {@link ScenarioSiteRun} and passes on what it found. Allocates
 * nothing; every result is a function of the iteration and the shared draws alone.
 */
final class ScenarioSiteRunner implements SiteRunner {
    private final ScenarioSiteRun run;

    ScenarioSiteRunner(ScenarioSiteRun run) {
        this.run = run;
    }

    @Override
    public void simulate(SharedWorld world, SiteOutcome out, IterationSums sums) {
        run.simulate(Math.toIntExact(world.iteration()), world.discountInputs(), world.factorPaths(),
                world.providerFailYears(), world.providerRecoveryRates());
        int forfeit = run.forfeitureYear();
        if (forfeit >= 0) {
            out.forfeits(run.closureYear(), forfeit, run.liabilityAtForfeiture(), run.assuranceAtForfeiture(),
                    run.estateRecoveryRate());
        } else {
            out.operates(run.closureYear());
        }
        if (sums.wantsYears()) {
            sums.addLiability(run.liabilityByYear());
            sums.addAssurance(run.assuranceByYear());
        }
        double[] faces = run.bondFaceByProvider();
        for (int p = 0; p < faces.length; p++) {
            sums.addBondFace(p, faces[p]);
        }
    }
}
