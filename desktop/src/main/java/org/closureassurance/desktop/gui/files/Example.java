package org.closureassurance.desktop.gui.files;

/**
 * A bundled example scenario as the gallery lists it.
 *
 * @param id          its bundled name ({@code regulator-base-case})
 * @param audience    whose view it takes: a regulator, a mining company, an NGO
 * @param title       the scenario's name
 * @param description the scenario's description
 */
public record Example(String id, String audience, String title, String description) {
}
