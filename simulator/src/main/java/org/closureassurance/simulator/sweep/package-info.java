/**
 * Sweeps and break-even searches: a scenario run once per value of one input (or per pair of
 * values of two inputs), with common random numbers, reduced to the headline figures; and the
 * bisection that finds where a figure crosses a target, with its Monte Carlo uncertainty.
 * Public API for the command line and the desktop app; the runs themselves are
 * {@link org.closureassurance.simulator.engine.InputSweep}'s.
 */
package org.closureassurance.simulator.sweep;
