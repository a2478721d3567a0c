/**
 * Internal: the unit table and dimensions a file may measure in. Public only because the
 * desktop app offers the units in its forms.
 */
package org.closureassurance.scenarios.units;
