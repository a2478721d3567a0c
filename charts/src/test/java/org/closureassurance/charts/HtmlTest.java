package org.closureassurance.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesTheFiveSpecialCharacters() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;",
                Html.escape("<a href=\"x\">Tom & Jerry's</a>"));
        assertEquals("", Html.escape(null));
    }

    @Test
    void tableCellsAreEscapedUnlessMarkedUp() {
        String table = new Html.Table("<cap>", null, "A", "B")
                .row("<b>x</b>", Html.code("a/<b>"))
                .render();
        assertEquals("<table>\n<caption>&lt;cap&gt;</caption>\n"
                + "<thead><tr><th scope=\"col\">A</th><th scope=\"col\">B</th></tr></thead>\n<tbody>\n"
                + "<tr><th scope=\"row\">&lt;b&gt;x&lt;/b&gt;</th><td><code>a/&lt;b&gt;</code></td></tr>\n"
                + "</tbody>\n</table>\n", table);
    }

    @Test
    void rowsMustMatchTheHeader() {
        assertThrows(IllegalArgumentException.class, () -> new Html.Table(null, null, "A", "B").row("only one"));
    }
}
