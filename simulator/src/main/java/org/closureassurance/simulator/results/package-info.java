/**
 * The results of a run: immutable records of statistics, distributions, the timeline and the
 * sensitivity ranking. Public API: what a run returns.
 */
package org.closureassurance.simulator.results;
