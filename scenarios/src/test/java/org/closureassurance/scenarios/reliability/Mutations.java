package org.closureassurance.scenarios.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways the fuzz test damages a scenario file, each a pure function of the file and a few
 * numbers chosen by the generator (positions as fractions of the length, so one mutation
 * applies to any file): byte flips, truncation, numbers replaced by extremes, fields deleted,
 * duplicated or given other values, and random JSON.
 */
final class Mutations {
    /** Numbers that sit on the edges of what the reader, validator and engine handle. */
    static final List<String> EXTREME_NUMBERS = List.of("0", "-0", "-0.0", "1", "-1", "0.5", "2", "1e-12", "-1e-12",
            "1e12", "-1e12", "1e15", "1e100", "1e300", "-1e300", "1.7976931348623157e308", "-1.7976931348623157e308",
            "1e400", "-1e400", "4.9e-324", "1e-400", "2147483647", "2147483648", "-2147483648", "9223372036854775807",
            "9223372036854775808", "1000", "1001", "0.999999999", "1.0000000001", "-0.99", "100", "3.5", "1e6");

    /** Whole values dropped in where a field's value was. */
    static final List<String> FRAGMENTS = List.of("null", "true", "false", "\"\"", "\"x\"", "{}", "[]", "[1]",
            "{\"dist\": \"pert\", \"min\": 1, \"mode\": 2, \"max\": 3, \"lambda\": 1e6}",
            "{\"dist\": \"normal\", \"mean\": 5, \"sd\": 0}",
            "{\"dist\": \"normal\", \"mean\": 5, \"sd\": 1, \"min\": 40, \"max\": 41}",
            "{\"dist\": \"lognormal\", \"mean\": 1e-300, \"sd\": 1}",
            "{\"dist\": \"lognormal\", \"mean\": 0, \"sd\": 1}",
            "{\"dist\": \"discrete\", \"values\": [1, 2], \"weights\": [0, 0]}",
            "{\"dist\": \"discrete\", \"values\": [0, 1e9], \"weights\": [1e-300, 1]}",
            "{\"dist\": \"uniform\", \"min\": 0, \"max\": 0}",
            "{\"dist\": \"triangular\", \"min\": 0, \"mode\": 0, \"max\": 1e9}",
            "{\"value\": 5, \"unit\": \"ha\"}", "{\"value\": 5, \"per\": \"m3\"}", "{\"type\": \"perpetual\"}",
            "{\"outputFile\": \"/tmp/x\"}", "\"<script>alert(1)</script>\"", "\"\\u001b[2J\"", "NaN", "1e400");

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final Pattern KEY = Pattern.compile("\"([^\"\\\\]*)\"\\s*:\\s*");

    /** One damage to apply: its kind, where (a fraction of the file) and which replacement. */
    record Mutation(Kind kind, double where, int choice) {
        byte[] apply(byte[] in) {
            return switch (kind) {
                case FLIP_BYTE -> flip(in, where, choice);
                case TRUNCATE -> truncate(in, where);
                case EXTREME_NUMBER -> text(in, s -> replaceNumber(s, where, choice));
                case DELETE_FIELD -> text(in, s -> deleteField(s, where));
                case DUPLICATE_FIELD -> text(in, s -> duplicateField(s, where));
                case REPLACE_VALUE -> text(in, s -> replaceValue(s, where, FRAGMENTS.get(choice % FRAGMENTS.size())));
                case INSERT_BYTES -> insert(in, where, choice);
                case SCALE_NUMBER -> text(in, s -> scaleNumber(s, where, choice));
            };
        }
    }

    /** The kinds of damage. */
    enum Kind { FLIP_BYTE, TRUNCATE, EXTREME_NUMBER, DELETE_FIELD, DUPLICATE_FIELD, REPLACE_VALUE, INSERT_BYTES,
        SCALE_NUMBER }

    /** Factors a number is scaled by: mostly plausible edits that keep a file valid. */
    private static final double[] FACTORS = {0, 0.5, 0.9, 1.1, 2, 10, 1000, 1e6, 1e-6, -1};

    private Mutations() {
    }

    private interface TextEdit {
        String edit(String s);
    }

    private static byte[] text(byte[] in, TextEdit edit) {
        return edit.edit(new String(in, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    private static int at(double where, int length) {
        return Math.min(length - 1, Math.max(0, (int) (where * length)));
    }

    static byte[] flip(byte[] in, double where, int choice) {
        if (in.length == 0) {
            return in;
        }
        byte[] out = in.clone();
        out[at(where, in.length)] = (byte) choice;
        return out;
    }

    static byte[] truncate(byte[] in, double where) {
        return java.util.Arrays.copyOf(in, (int) (where * in.length));
    }

    static byte[] insert(byte[] in, double where, int choice) {
        byte[][] extras = {{'{'}, {'['}, {','}, {'"'}, {(byte) 0xC3}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            {0}, {'\\'}, {'-'}, {'}'}, {']'}, {':'}};
        byte[] extra = extras[Math.floorMod(choice, extras.length)];
        int pos = in.length == 0 ? 0 : at(where, in.length + 1);
        byte[] out = new byte[in.length + extra.length];
        System.arraycopy(in, 0, out, 0, pos);
        System.arraycopy(extra, 0, out, pos, extra.length);
        System.arraycopy(in, pos, out, pos + extra.length, in.length - pos);
        return out;
    }

    static String replaceNumber(String s, double where, int choice) {
        List<int[]> spans = spans(NUMBER.matcher(s), s);
        if (spans.isEmpty()) {
            return s;
        }
        int[] span = spans.get(at(where, spans.size()));
        return s.substring(0, span[0]) + EXTREME_NUMBERS.get(Math.floorMod(choice, EXTREME_NUMBERS.size()))
                + s.substring(span[1]);
    }

    static String scaleNumber(String s, double where, int choice) {
        List<int[]> spans = spans(NUMBER.matcher(s), s);
        if (spans.isEmpty()) {
            return s;
        }
        int[] span = spans.get(at(where, spans.size()));
        double x;
        try {
            x = Double.parseDouble(s.substring(span[0], span[1]));
        } catch (NumberFormatException e) {
            return s;
        }
        double y = x * FACTORS[Math.floorMod(choice, FACTORS.length)];
        boolean whole = s.substring(span[0], span[1]).matches("-?\\d+") && Math.abs(y) < 9e15 && y == Math.rint(y);
        String replacement = whole ? Long.toString((long) y) : Double.isFinite(y) ? Double.toString(y) : "1e400";
        return s.substring(0, span[0]) + replacement + s.substring(span[1]);
    }

    static String deleteField(String s, double where) {
        int[] member = member(s, where);
        if (member == null) {
            return s;
        }
        int start = member[0];
        int end = member[2];
        int after = skipSpace(s, end);
        if (after < s.length() && s.charAt(after) == ',') {
            end = after + 1;
        } else {
            int before = start - 1;
            while (before >= 0 && Character.isWhitespace(s.charAt(before))) {
                before--;
            }
            if (before >= 0 && s.charAt(before) == ',') {
                start = before;
            }
        }
        return s.substring(0, start) + s.substring(end);
    }

    static String duplicateField(String s, double where) {
        int[] member = member(s, where);
        if (member == null) {
            return s;
        }
        return s.substring(0, member[0]) + s.substring(member[0], member[2]) + ", " + s.substring(member[0]);
    }

    static String replaceValue(String s, double where, String fragment) {
        int[] member = member(s, where);
        if (member == null) {
            return s;
        }
        return s.substring(0, member[1]) + fragment + s.substring(member[2]);
    }

    /** A member {@code "key": value} chosen by {@code where}: its start, value start and end. */
    private static int[] member(String s, double where) {
        List<int[]> keys = spans(KEY.matcher(s), s);
        for (int tries = 0; tries < keys.size() && !keys.isEmpty(); tries++) {
            int[] key = keys.get((at(where, keys.size()) + tries) % keys.size());
            int end = skipValue(s, key[1]);
            if (end > key[1]) {
                return new int[] {key[0], key[1], end};
            }
        }
        return null;
    }

    private static List<int[]> spans(Matcher m, String s) {
        List<int[]> out = new ArrayList<>();
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The end of the JSON value starting at {@code i}, or {@code i} when there is none to skip. */
    static int skipValue(String s, int i) {
        if (i >= s.length()) {
            return i;
        }
        char c = s.charAt(i);
        if (c == '"') {
            int j = i + 1;
            while (j < s.length() && s.charAt(j) != '"') {
                j += s.charAt(j) == '\\' ? 2 : 1;
            }
            return Math.min(s.length(), j + 1);
        }
        if (c == '{' || c == '[') {
            int depth = 0;
            for (int j = i; j < s.length(); j++) {
                char d = s.charAt(j);
                if (d == '"') {
                    j = skipValue(s, j) - 1;
                } else if (d == '{' || d == '[') {
                    depth++;
                } else if (d == '}' || d == ']') {
                    depth--;
                    if (depth == 0) {
                        return j + 1;
                    }
                }
            }
            return s.length();
        }
        int j = i;
        while (j < s.length() && ",}] \n\r\t".indexOf(s.charAt(j)) < 0) {
            j++;
        }
        return j;
    }
}
