/**
 * The JSON reader, tree, printer and number text the format is read and written with.
 * {@link org.closureassurance.scenarios.json.JsonNode} is public API, as the tree
 * {@code ClosureAssurance.read} accepts; the rest is internal, public only because the desktop
 * app and the charts, in other modules, use it.
 */
package org.closureassurance.scenarios.json;
