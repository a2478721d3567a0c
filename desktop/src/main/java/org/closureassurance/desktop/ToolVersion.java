package org.closureassurance.desktop;

/** The tool's version, from the jar manifest ({@code dev} when run from classes). */
public final class ToolVersion {
    private ToolVersion() {
    }

    /** The version string recorded in results and reports. */
    public static String current() {
        String v = ToolVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
