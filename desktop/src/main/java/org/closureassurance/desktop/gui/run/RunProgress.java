package org.closureassurance.desktop.gui.run;

import java.util.Locale;

/**
 * How far a run has got: iterations done of the total, the rate so far and the time left at
 * that rate (NaN until it can be estimated).
 */
public record RunProgress(long done, long total, double iterationsPerSecond, double secondsLeft) {

    /** The progress after {@code elapsedNanos} with {@code done} of {@code total} iterations complete. */
    public static RunProgress of(long done, long total, long elapsedNanos) {
        double seconds = elapsedNanos / 1e9;
        double rate = seconds > 0 && done > 0 ? done / seconds : Double.NaN;
        double left = Double.isNaN(rate) ? Double.NaN : (total - done) / rate;
        return new RunProgress(done, total, rate, left);
    }

    /** Done as a whole percentage, 0 to 100. */
    public int percent() {
        return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
    }

    /** The progress in words: {@code 12,288 of 20,000 iterations · 5,900 per second · about 2 s left}. */
    public String describe() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%,d of %,d iterations", done, total));
        if (!Double.isNaN(iterationsPerSecond)) {
            s.append(String.format(Locale.ROOT, " · %,.0f per second", iterationsPerSecond));
        }
        if (!Double.isNaN(secondsLeft) && done < total) {
            s.append(" · about ").append(duration(secondsLeft)).append(" left");
        }
        return s.toString();
    }

    /** A duration rounded for reading: {@code 4 s}, {@code 2 min 5 s}, {@code 1 h 3 min}. */
    static String duration(double seconds) {
        long s = Math.max(1, Math.round(seconds));
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return (s / 60) + " min " + (s % 60) + " s";
        }
        return (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }
}
