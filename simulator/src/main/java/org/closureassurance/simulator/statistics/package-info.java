/**
 * Internal: order statistics, quantile sketches, ranks and intervals the engine reduces its
 * iterations with. Public only because the engine, the charts and the benchmarks, in other
 * packages, use them; not part of the embedding API.
 */
package org.closureassurance.simulator.statistics;
