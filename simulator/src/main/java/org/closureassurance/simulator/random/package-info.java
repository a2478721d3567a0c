/**
 * Internal: random streams, inverse CDFs, the Gaussian copula and the Latin hypercube
 * permutations the engine draws with. Public only because the engine and the benchmarks, in
 * other packages, use them; not part of the embedding API.
 */
package org.closureassurance.simulator.random;
