package org.staffroom.blog.api;

import java.util.List;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders blog text, plain or Markdown, as HTML that is safe to put in a page. Raw HTML in the text is shown
 * as text, never passed through, and links and images keep only web and mail addresses: a
 * {@code javascript:} or {@code data:} address is emptied. Both the parser and the renderer are thread-safe.
 */
public class Markdown {

    /** The sanitizer's defaults also allow {@code data:}, which can carry a whole page of script. */
    private static final List<String> SAFE_PROTOCOLS = List.of("http", "https", "mailto");

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(SAFE_PROTOCOLS))
            .build();

    public String toHtml(String text) {
        return text == null ? null : renderer.render(parser.parse(text));
    }
}
