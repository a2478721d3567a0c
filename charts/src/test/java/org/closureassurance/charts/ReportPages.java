package org.closureassurance.charts;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading a report page back in tests: its sections, how often a part occurs, what it contains. */
final class ReportPages {

    private ReportPages() {
    }

    /** A top-level section: from its start to the next section heading of the same level. */
    static String section(String page, String id) {
        int start = page.indexOf("<section id=\"" + id + "\">");
        int next = page.indexOf("<h2>", page.indexOf("<h2>", start) + 1);
        return page.substring(start, next < 0 ? page.length() : next);
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** Asserts that {@code text} contains every one of {@code parts}, naming the first missing. */
    static void assertContainsAll(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), () -> "missing " + part + " in\n" + text);
        }
    }
}
