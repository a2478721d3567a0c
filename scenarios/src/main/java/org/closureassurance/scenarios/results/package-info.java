/**
 * The results file ({@code run --json}). Embedders call
 * {@link org.closureassurance.scenarios.ClosureAssurance#json}; the writer is public for the
 * desktop app, as is {@link org.closureassurance.scenarios.results.SweepJson}, the file of a sweep or a
 * break-even search ({@code sweep --json}, {@code breakeven --json}).
 */
package org.closureassurance.scenarios.results;
