package org.staffroom.blog.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTest {

    private static final Pattern ADDRESS = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

    private final Markdown markdown = new Markdown();

    @Test
    void rendersMarkdownAsHtml() {
        String html = markdown.toHtml("# Week one\n\nIt went **well**, see [the plan](https://example.org/plan).");

        assertThat(html).contains("<h1>Week one</h1>")
                .contains("<strong>well</strong>")
                .contains("href=\"https://example.org/plan\"").contains(">the plan</a>");
    }

    @Test
    void plainTextComesOutAsAParagraph() {
        assertThat(markdown.toHtml("Just a note.")).isEqualTo("<p>Just a note.</p>\n");
    }

    @Test
    void scriptBlocksAreShownAsTextNeverRun() {
        String html = markdown.toHtml("<script>alert('x')</script>\n\nHi <script>alert(1)</script>");

        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;");
    }

    @Test
    void inlineHtmlWithEventHandlersIsEscaped() {
        String html = markdown.toHtml("Look <img src=x onerror=alert(1)> and <a href=\"javascript:alert(1)\">me</a>");

        assertThat(html).doesNotContain("<img").doesNotContain("<a ").contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](&#106;avascript:alert(1))",
        "[click]( javascript:alert(1))",
        "[click](vbscript:msgbox(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "<javascript:alert(1)>",
        "[click][ref]\n\n[ref]: javascript:alert(1)"
    })
    void dangerousLinkAddressesAreEmptied(String text) {
        String html = markdown.toHtml(text);

        assertThat(html).contains("href=");
        assertThat(addressesIn(html)).as(html).allSatisfy(address -> assertThat(address).isEmpty());
    }

    @Test
    void imagesWithScriptAddressesAreEmptied() {
        String html = markdown.toHtml("![cat](javascript:alert(1)) ![dog](https://example.org/dog.png)");

        assertThat(html).doesNotContain("javascript:")
                .contains("src=\"\"")
                .contains("src=\"https://example.org/dog.png\"");
    }

    @Test
    void quotesInLinkTitlesCannotOpenAttributes() {
        String html = markdown.toHtml("[x](https://example.org \"a\\\" onmouseover=\\\"alert(1)\")");

        assertThat(html).doesNotContain("\" onmouseover=\"").contains("&quot;");
    }

    @Test
    void mailLinksAndRelativeLinksAreKept() {
        String html = markdown.toHtml("[mail](mailto:mark@staffroom.test) [notes](/api/work-areas)");

        assertThat(html).contains("href=\"mailto:mark@staffroom.test\"").contains("href=\"/api/work-areas\"");
    }

    private static List<String> addressesIn(String html) {
        Matcher matcher = ADDRESS.matcher(html);
        List<String> addresses = new ArrayList<>();
        while (matcher.find()) {
            addresses.add(matcher.group(1));
        }
        return addresses;
    }

    @Test
    void noTextRendersAsNoHtml() {
        assertThat(markdown.toHtml(null)).isNull();
    }
}
