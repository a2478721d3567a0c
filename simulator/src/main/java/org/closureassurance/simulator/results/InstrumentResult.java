package org.closureassurance.simulator.results;

/** Face and realisable value of one assurance instrument at the forfeiture year. */
public record InstrumentResult(String name, String type, Stats face, Stats realisable) {
}
