/**
 * The results file ({@code run --json}). Embedders call
 * {@link org.closureassurance.scenarios.ClosureAssurance#json}; the writer is public for the
 * desktop app.
 */
package org.closureassurance.scenarios.results;
