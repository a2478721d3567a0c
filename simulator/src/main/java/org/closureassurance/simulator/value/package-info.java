/**
 * Values: a plain number or a distribution drawn once per iteration. Public API, as part of the
 * scenario model.
 */
package org.closureassurance.simulator.value;
