package org.closureassurance.scenarios.json;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads UTF-8 JSON into a {@link JsonNode} tree with Gson's strict streaming reader, within
 * {@link JsonLimits}. Malformed syntax is reported with its line and column, bad bytes with
 * their offset; duplicate keys, numbers beyond the range of a double and over-long strings
 * are reported by path while reading goes on. Never throws on any input.
 */
public final class JsonTreeReader {
    private static final Pattern GSON_LOCATION =
            Pattern.compile("^(.*?) at line (\\d+) column (\\d+) path (\\S*)", Pattern.DOTALL);
    private static final Pattern NON_FINITE = Pattern.compile("[-+]?(NaN|Infinity)");
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private final JsonLimits limits;
    private final String text;
    private final List<JsonProblem> problems = new ArrayList<>();

    private JsonTreeReader(JsonLimits limits, String text) {
        this.limits = limits;
        this.text = text;
    }

    /** Reads a document given as bytes, which must be UTF-8 (a leading byte-order mark is skipped). */
    public static ParsedJson parse(byte[] utf8, JsonLimits limits) {
        if (utf8.length > limits.maxBytes()) {
            return fatal(JsonPath.ROOT, "the file is too large (" + utf8.length + " bytes; the limit is "
                    + limits.maxBytes() + ")");
        }
        if (utf8.length >= 2 && ((utf8[0] & 0xff) == 0xff && (utf8[1] & 0xff) == 0xfe
                || (utf8[0] & 0xff) == 0xfe && (utf8[1] & 0xff) == 0xff)) {
            return fatal(JsonPath.ROOT, "the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as "
                    + "UTF-8");
        }
        int start = utf8.length >= 3 && (utf8[0] & 0xff) == 0xef && (utf8[1] & 0xff) == 0xbb
                && (utf8[2] & 0xff) == 0xbf ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(utf8, start, utf8.length - start);
        CharBuffer out = CharBuffer.allocate(utf8.length - start + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (utf8[i] == '\n') {
                    line++;
                }
            }
            return fatal(JsonPath.ROOT, String.format("the file is not valid UTF-8: byte 0x%02X at line %d "
                    + "(byte offset %d) is not part of a UTF-8 character; save the file as UTF-8",
                    utf8[offset] & 0xff, line, offset));
        }
        out.flip();
        return parse(out.toString(), limits);
    }

    /** Reads a document given as text. */
    public static ParsedJson parse(String text, JsonLimits limits) {
        if (text.length() > limits.maxBytes()) {
            return fatal(JsonPath.ROOT, "the file is too large (" + text.length() + " characters; the limit is "
                    + limits.maxBytes() + " bytes)");
        }
        if (text.isBlank()) {
            return fatal(JsonPath.ROOT, "the file is empty");
        }
        return new JsonTreeReader(limits, text).read();
    }

    private static ParsedJson fatal(String path, String message) {
        return new ParsedJson(null, List.of(new JsonProblem(path, message)));
    }

    private ParsedJson read() {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        JsonNode root;
        try {
            root = readValue(reader, JsonPath.ROOT, 1);
        } catch (LimitExceeded e) {
            problems.add(new JsonProblem(e.path, e.getMessage()));
            return new ParsedJson(null, problems);
        } catch (IOException | RuntimeException e) {
            problems.add(syntaxProblem(e, false));
            return new ParsedJson(null, problems);
        }
        try {
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                problems.add(new JsonProblem(JsonPath.ROOT,
                        "malformed JSON: unexpected content after the end of the top-level value"));
                return new ParsedJson(null, problems);
            }
        } catch (IOException | RuntimeException e) {
            problems.add(syntaxProblem(e, true));
            return new ParsedJson(null, problems);
        }
        return new ParsedJson(root, problems);
    }

    private JsonNode readValue(JsonReader reader, String path, int depth) throws IOException {
        JsonToken token = reader.peek();
        switch (token) {
            case BEGIN_OBJECT:
                return readObject(reader, path, depth);
            case BEGIN_ARRAY:
                return readArray(reader, path, depth);
            case STRING:
                return new JsonNode.JsonString(checkLength(reader.nextString(), path, "string"));
            case NUMBER:
                return readNumber(reader.nextString(), path);
            case BOOLEAN:
                return new JsonNode.JsonBoolean(reader.nextBoolean());
            case NULL:
                reader.nextNull();
                return new JsonNode.JsonNull();
            default:
                throw new IOException("Expected value at line 0 column 0 path " + path);
        }
    }

    private JsonNode readObject(JsonReader reader, String path, int depth) throws IOException {
        checkDepth(path, depth);
        reader.beginObject();
        Map<String, JsonNode> members = new LinkedHashMap<>();
        int count = 0;
        while (reader.hasNext()) {
            String key = checkLength(reader.nextName(), path, "field name");
            String child = JsonPath.field(path, key);
            if (++count > limits.maxElements()) {
                throw new LimitExceeded(path, "the object has more than " + limits.maxElements() + " fields");
            }
            JsonNode value = readValue(reader, child, depth + 1);
            if (members.containsKey(key)) {
                problems.add(new JsonProblem(child, "duplicate field \"" + key + "\" (each field may appear once)"));
            } else {
                members.put(key, value);
            }
        }
        reader.endObject();
        return new JsonNode.JsonObject(members);
    }

    private JsonNode readArray(JsonReader reader, String path, int depth) throws IOException {
        checkDepth(path, depth);
        reader.beginArray();
        List<JsonNode> elements = new ArrayList<>();
        while (reader.hasNext()) {
            if (elements.size() == limits.maxElements()) {
                throw new LimitExceeded(path, "the list has more than " + limits.maxElements() + " elements");
            }
            elements.add(readValue(reader, JsonPath.index(path, elements.size()), depth + 1));
        }
        reader.endArray();
        return new JsonNode.JsonArray(elements);
    }

    private void checkDepth(String path, int depth) {
        if (depth > limits.maxDepth()) {
            throw new LimitExceeded(path, "objects and arrays are nested more than " + limits.maxDepth()
                    + " levels deep");
        }
    }

    private String checkLength(String s, String path, String what) {
        if (s.length() > limits.maxStringLength()) {
            problems.add(new JsonProblem(path, "the " + what + " is longer than " + limits.maxStringLength()
                    + " characters (was " + s.length() + ")"));
        }
        return s;
    }

    private JsonNode readNumber(String literal, String path) {
        double value = Double.parseDouble(literal);
        if (Double.isInfinite(value)) {
            problems.add(new JsonProblem(path, "number " + literal + " is out of range (a number must lie within "
                    + "about ±1.8e308)"));
            return new JsonNode.JsonNumber(literal, Double.NaN);
        }
        if (value == 0 && isNonZero(literal)) {
            problems.add(new JsonProblem(path, "number " + literal + " is too close to 0 to be represented"));
            return new JsonNode.JsonNumber(literal, Double.NaN);
        }
        return new JsonNode.JsonNumber(literal, value);
    }

    private static boolean isNonZero(String literal) {
        try {
            return new BigDecimal(literal).signum() != 0;
        } catch (NumberFormatException | ArithmeticException e) {
            return true;
        }
    }

    /** Turns Gson's exception into {@code malformed JSON at line L, column C: reason}. */
    private JsonProblem syntaxProblem(Exception e, boolean afterRoot) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline);
        }
        Matcher m = GSON_LOCATION.matcher(message);
        if (!m.find()) {
            return new JsonProblem(JsonPath.ROOT, "malformed JSON: " + message);
        }
        String reason = m.group(1);
        int line = Integer.parseInt(m.group(2));
        int column = Integer.parseInt(m.group(3));
        if (e instanceof EOFException) {
            return new JsonProblem(JsonPath.ROOT, "malformed JSON at line " + line + ", column " + column
                    + ": the file ends before the JSON is complete");
        }
        int lineStart = lineStart(line);
        int at = lineStart + column - 1;
        boolean pointsPastOffender = afterRoot || reason.startsWith("Use JsonReader.setStrictness")
                || reason.startsWith("Expected name") || reason.startsWith("Expected ':'")
                || reason.startsWith("Unterminated object") || reason.startsWith("Unterminated array")
                || reason.startsWith("Expected value");
        if (pointsPastOffender && !startsBareWord(at, lineStart) && at > lineStart) {
            at--;
        }
        String friendly = afterRoot
                ? "unexpected " + found(at) + " after the end of the top-level value"
                : friendlyReason(reason, at);
        return new JsonProblem(JsonPath.ROOT, "malformed JSON at line " + line + ", column " + (at - lineStart + 1)
                + ": " + friendly);
    }

    private String friendlyReason(String reason, int at) {
        char c = charAt(at);
        char before = previousNonWhitespace(at);
        boolean trailingComma = (c == '}' || c == ']') && before == ',';
        if (trailingComma) {
            return "trailing comma before \"" + c + "\"";
        }
        if (reason.startsWith("Expected name")) {
            return "expected a field name in double quotes, found " + found(at);
        }
        if (reason.startsWith("Expected ':'")) {
            return "expected \":\" after the field name, found " + found(at);
        }
        if (reason.startsWith("Unterminated object")) {
            return "expected \",\" or \"}\" after a field, found " + found(at);
        }
        if (reason.startsWith("Unterminated array")) {
            return "expected \",\" or \"]\" after a list element, found " + found(at);
        }
        if (reason.startsWith("Expected value")) {
            return "expected a value, found " + found(at);
        }
        if (reason.startsWith("Unterminated string")) {
            return "unterminated string (a closing double quote is missing)";
        }
        if (reason.startsWith("Unescaped control characters")) {
            return "a string contains an unescaped control character (write a line break as \\n, a tab as \\t)";
        }
        if (reason.startsWith("Invalid escape sequence")) {
            return "invalid escape sequence in a string";
        }
        if (reason.startsWith("Use JsonReader.setStrictness")) {
            if (c == '/' || c == '#') {
                return "comments are not allowed in JSON";
            }
            if (c == '\'') {
                return "strings and field names must be in double quotes, not single quotes";
            }
            String word = bareWord(at);
            if (NON_FINITE.matcher(word).matches()) {
                return "\"" + word + "\" is not allowed: numbers must be finite (JSON has no NaN or Infinity)";
            }
            if (!word.isEmpty() && (Character.isDigit(word.charAt(0)) || "+-.".indexOf(word.charAt(0)) >= 0)) {
                int length = tokenLength(at);
                if (length > word.length() && JSON_NUMBER.matcher(text.substring(at, at + length)).matches()) {
                    return "number \"" + word + "...\" is too long to read (" + length + " characters): write it "
                            + "with at most 17 significant digits and an exponent, like 2.5e9";
                }
                return "malformed number \"" + word + "\"";
            }
            if (!word.isEmpty()) {
                return "unexpected \"" + word + "\" (text must be in double quotes; the only bare words are "
                        + "true, false and null)";
            }
            return "unexpected " + found(at);
        }
        return Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
    }

    private String found(int at) {
        if (at >= text.length()) {
            return "the end of the file";
        }
        if (text.charAt(at) == '"') {
            int end = text.indexOf('"', at + 1);
            if (end > at && end - at <= 40) {
                return "the string " + text.substring(at, end + 1);
            }
        }
        String word = bareWord(at);
        return "\"" + (word.isEmpty() ? String.valueOf(text.charAt(at)) : word) + "\"";
    }

    private boolean startsBareWord(int at, int lineStart) {
        char c = charAt(at);
        boolean wordChar = Character.isLetterOrDigit(c) || c == '-' || c == '+' || c == '.';
        if (!wordChar) {
            return false;
        }
        if (at == lineStart) {
            return true;
        }
        char prev = charAt(at - 1);
        return Character.isWhitespace(prev) || ":,[{".indexOf(prev) >= 0;
    }

    /** The length of the run of characters that could belong to a bare word from {@code at}. */
    private int tokenLength(int at) {
        int end = at;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (Character.isWhitespace(c) || "{}[],:\"'".indexOf(c) >= 0) {
                break;
            }
            end++;
        }
        return end - at;
    }

    private String bareWord(int at) {
        int end = at;
        while (end < text.length() && end - at < 40) {
            char c = text.charAt(end);
            if (Character.isWhitespace(c) || "{}[],:\"'".indexOf(c) >= 0) {
                break;
            }
            end++;
        }
        return text.substring(Math.min(at, text.length()), end);
    }

    private char charAt(int i) {
        return i >= 0 && i < text.length() ? text.charAt(i) : '\0';
    }

    private char previousNonWhitespace(int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return '\0';
    }

    private int lineStart(int line) {
        int start = 0;
        for (int l = 1; l < line; l++) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                return text.length();
            }
            start = nl + 1;
        }
        return start;
    }

    /** A limit was exceeded: reading stops. */
    private static final class LimitExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String path;

        LimitExceeded(String path, String message) {
            super(message, null, false, false);
            this.path = path;
        }
    }
}
