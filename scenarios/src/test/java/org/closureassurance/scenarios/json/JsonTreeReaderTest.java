package org.closureassurance.scenarios.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTreeReaderTest {
    private static ParsedJson parse(String text) {
        return JsonTreeReader.parse(text.getBytes(StandardCharsets.UTF_8), JsonLimits.DEFAULT);
    }

    private static List<String> problems(ParsedJson p) {
        return p.problems().stream().map(x -> x.path() + ": " + x.message()).toList();
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`{\"a\": 1,\n \"b\": tru}`   | malformed JSON at line 2, column 7: unexpected \"tru\" (text must be in double quotes; the only bare words are true, false and null)",
        "`{\"a\": 1,}`                | malformed JSON at line 1, column 9: trailing comma before \"}\"",
        "`[1,]`                       | malformed JSON at line 1, column 4: trailing comma before \"]\"",
        "`{\"a\" 1}`                  | malformed JSON at line 1, column 6: expected \":\" after the field name, found \"1\"",
        "`{\"a\": NaN}`               | malformed JSON at line 1, column 7: \"NaN\" is not allowed: numbers must be finite (JSON has no NaN or Infinity)",
        "`{\"a\": -Infinity}`         | malformed JSON at line 1, column 7: \"-Infinity\" is not allowed: numbers must be finite (JSON has no NaN or Infinity)",
        "`{\"a\": 01}`                | malformed JSON at line 1, column 7: malformed number \"01\"",
        "`{\"a\": 1 // note\n}`       | malformed JSON at line 1, column 9: comments are not allowed in JSON",
        "`{'a': 1}`                   | malformed JSON at line 1, column 2: strings and field names must be in double quotes, not single quotes",
        "`{\"a\":[1 2]}`              | malformed JSON at line 1, column 9: expected \",\" or \"]\" after a list element, found \"2\"",
        "`{\"a\": 1 \"b\": 2}`        | malformed JSON at line 1, column 9: expected \",\" or \"}\" after a field, found the string \"b\"",
        "`{\"a\": \"x`                | malformed JSON at line 1, column 9: unterminated string (a closing double quote is missing)",
        "`{\"a\": {`                  | malformed JSON at line 1, column 8: the file ends before the JSON is complete",
        "`{} {}`                      | malformed JSON at line 1, column 4: unexpected \"{\" after the end of the top-level value",
        "`{\"a\": 1}\n]`              | malformed JSON at line 2, column 1: unexpected \"]\" after the end of the top-level value",
        "`  `                         | the file is empty",
    })
    void malformedJsonIsReportedWithLineAndColumn(String text, String message) {
        ParsedJson p = parse(text);
        assertNull(p.root());
        assertEquals(List.of("$: " + message), problems(p));
    }

    @Test
    void duplicateKeysAreReportedByPathAndReadingGoesOn() {
        ParsedJson p = parse("{\"a\": {\"b\": 1, \"b\": 2}, \"c\": [{\"d\": 1, \"d\": 1}]}");
        assertNotNull(p.root());
        assertEquals(List.of("a.b: duplicate field \"b\" (each field may appear once)",
                "c[0].d: duplicate field \"d\" (each field may appear once)"), problems(p));
    }

    @Test
    void numbersBeyondTheRangeOfADoubleAreReported() {
        ParsedJson p = parse("{\"big\": 1e400, \"small\": -2.5e-400, \"fine\": 1e-300, \"zero\": 0e999}");
        assertEquals(List.of(
                "big: number 1e400 is out of range (a number must lie within about ±1.8e308)",
                "small: number -2.5e-400 is too close to 0 to be represented"), problems(p));
        JsonNode.JsonObject o = (JsonNode.JsonObject) p.root();
        assertEquals(1e-300, ((JsonNode.JsonNumber) o.get("fine")).value());
    }

    @Test
    void numberLiteralsAreKeptExactly() {
        JsonNode.JsonObject o = (JsonNode.JsonObject) parse("{\"seed\": 12345678901234567891}").root();
        assertEquals("12345678901234567891", ((JsonNode.JsonNumber) o.get("seed")).literal());
    }

    @Test
    void bytesThatAreNotUtf8AreReportedWithTheirOffsetAndLine() {
        byte[] bytes = "{\"name\":\n\"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        ParsedJson p = JsonTreeReader.parse(bytes, JsonLimits.DEFAULT);
        assertNull(p.root());
        assertEquals(List.of("$: the file is not valid UTF-8: byte 0xE9 at line 2 (byte offset 13) is not part of "
                + "a UTF-8 character; save the file as UTF-8"), problems(p));
    }

    @Test
    void aByteOrderMarkIsSkipped() {
        byte[] text = "{\"a\": \"é\"}".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xef;
        bytes[1] = (byte) 0xbb;
        bytes[2] = (byte) 0xbf;
        System.arraycopy(text, 0, bytes, 3, text.length);
        ParsedJson p = JsonTreeReader.parse(bytes, JsonLimits.DEFAULT);
        assertEquals(List.of(), p.problems());
        assertEquals(new JsonNode.JsonString("é"), ((JsonNode.JsonObject) p.root()).get("a"));
    }

    @Test
    void nestingDeeperThanTheLimitStopsReading() {
        String deep = "{\"a\": " + "[".repeat(64) + "]".repeat(64) + "}";
        ParsedJson p = parse(deep);
        assertNull(p.root());
        assertEquals(List.of("a" + "[0]".repeat(63) + ": objects and arrays are nested more than 64 levels deep"),
                problems(p));
        assertNotNull(parse("{\"a\": " + "[".repeat(63) + "]".repeat(63) + "}").root());
    }

    @Test
    void veryDeepNestingFailsWithAMessageNotAStackOverflow() {
        ParsedJson p = parse("[".repeat(100_000));
        assertNull(p.root());
        assertEquals(1, p.problems().size());
    }

    @Test
    void listsLongerThanTheLimitStopReading() {
        JsonLimits limits = new JsonLimits(1 << 20, 64, 3, 100);
        ParsedJson p = JsonTreeReader.parse("{\"xs\": [1, 2, 3, 4]}".getBytes(StandardCharsets.UTF_8), limits);
        assertNull(p.root());
        assertEquals(List.of("xs: the list has more than 3 elements"), problems(p));
    }

    @Test
    void stringsLongerThanTheLimitAreReported() {
        JsonLimits limits = new JsonLimits(1 << 20, 64, 100, 5);
        ParsedJson p = JsonTreeReader.parse("{\"name\": \"abcdefgh\"}".getBytes(StandardCharsets.UTF_8), limits);
        assertEquals(List.of("name: the string is longer than 5 characters (was 8)"), problems(p));
    }

    @Test
    void filesLargerThanTheLimitAreRejectedBeforeParsing() {
        JsonLimits limits = new JsonLimits(10, 64, 100, 100);
        ParsedJson p = JsonTreeReader.parse("{\"name\": \"abcdefgh\"}".getBytes(StandardCharsets.UTF_8), limits);
        assertEquals(List.of("$: the file is too large (20 bytes; the limit is 10)"), problems(p));
    }

    @Test
    void defaultLimitsAreTenMebibytesSixtyFourLevelsAndTenThousandElements() {
        assertEquals(new JsonLimits(10L * 1024 * 1024, 64, 10_000, 10_000), JsonLimits.DEFAULT);
    }
}
