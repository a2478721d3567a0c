package org.closureassurance.desktop.gui.portfolio;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.prefs.Preferences;

/**
 * Remembers the column mapping of each kind of register file, keyed by its set of headers, so
 * that next month's register from the same spreadsheet is imported without asking again.
 * Kept with {@link Preferences}, one entry a header set.
 */
public final class MappingMemory {
    private static final char FIELD = '\u001F';
    private static final char PAIR = '\u001E';

    private final Preferences node;

    /** A memory kept under {@code node}. */
    public MappingMemory(Preferences node) {
        this.node = node;
    }

    /** The mapping last used for a file with exactly these headers (in any order), if any. */
    public Optional<ColumnMapping> recall(List<String> header) {
        String stored = node.get(key(header), null);
        if (stored == null) {
            return Optional.empty();
        }
        Map<String, String> columnOf = new LinkedHashMap<>();
        for (String pair : stored.split(String.valueOf(PAIR), -1)) {
            int at = pair.indexOf(FIELD);
            if (at > 0) {
                columnOf.put(pair.substring(0, at), pair.substring(at + 1));
            }
        }
        return Optional.of(new ColumnMapping(header, columnOf));
    }

    /** Remembers {@code mapping} for files with its headers. */
    public void remember(ColumnMapping mapping) {
        StringBuilder s = new StringBuilder();
        mapping.columnOf().forEach((h, c) -> s.append(s.isEmpty() ? "" : String.valueOf(PAIR)).append(h)
                .append(FIELD).append(c));
        node.put(key(mapping.header()), s.toString());
    }

    /** The key of a header set: a hash, since a preference key is at most 80 characters. */
    static String key(List<String> header) {
        String joined = String.join(String.valueOf(FIELD), new TreeSet<>(header));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
            return "register-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
