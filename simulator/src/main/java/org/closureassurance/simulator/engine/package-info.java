/**
 * The Monte Carlo engine. Public API: {@link org.closureassurance.simulator.engine.MonteCarloEngine},
 * {@link org.closureassurance.simulator.engine.ProgressListener}, the exceptions a run may end with
 * ({@link org.closureassurance.simulator.engine.RunTooLargeException},
 * {@link org.closureassurance.simulator.engine.RunCancelledException},
 * {@link org.closureassurance.simulator.engine.ModelOverflowException}) and
 * {@link org.closureassurance.simulator.engine.MemoryBudget}, which sizes a run before it starts, and
 * {@link org.closureassurance.simulator.engine.InputSweep}, which reruns one compiled scenario with
 * inputs held at given values (sweeps and break-even searches), and
 * {@link org.closureassurance.simulator.engine.ScenarioSiteRun}, which carries one scenario site
 * of a portfolio through an iteration with the portfolio's shared draws (the portfolio engine's
 * entry), and {@link org.closureassurance.simulator.engine.DiscountCurve}, on which a portfolio
 * values every site's money by year.
 * The plan, the kernels and the workers are package-private.
 */
package org.closureassurance.simulator.engine;
