/**
 * The scenarios bundled with the tool. Public API: list and read them by name.
 */
package org.closureassurance.scenarios.bundled;
