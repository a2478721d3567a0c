package org.closureassurance.desktop.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where and how big the charts of {@code run} and {@code compare} are written. */
final class ChartOutputOptions {
    @Option(names = "--charts", paramLabel = "DIR", description = "Write every chart as PNG and SVG into DIR.")
    Path directory;

    @Option(names = "--chart-size", paramLabel = "WxH", defaultValue = "1000x620",
            description = "Chart size in points (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--dpi", paramLabel = "DPI", defaultValue = "96",
            description = "PNG resolution; 192 doubles the pixels of the same layout (default: ${DEFAULT-VALUE}).")
    String dpi;

    int width() {
        return dimension(0);
    }

    int height() {
        return dimension(1);
    }

    private int dimension(int i) {
        String[] parts = size.toLowerCase(java.util.Locale.ROOT).split("x");
        try {
            int v = Integer.parseInt(parts[i].trim());
            if (parts.length != 2 || v < 100 || v > 10_000) {
                throw new NumberFormatException();
            }
            return v;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--chart-size must look like 1000x620 (100 to 10000 each), was " + size);
        }
    }

    /** The PNG resolution; kept as typed until checked, so a refusal quotes the user's own text. */
    double dpi() {
        try {
            double v = Double.parseDouble(dpi.trim());
            if (v >= 36 && v <= 1200) {
                return v;
            }
        } catch (NumberFormatException e) {
            // refused below, with the text as typed
        }
        throw new IllegalArgumentException("--dpi must be a number from 36 to 1200, was " + dpi);
    }

    void check() {
        width();
        height();
        dpi();
    }
}
