package org.madang.platform.text;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * The Markdown subset people may write in the portal (knowledge articles, and any other long text
 * shown as formatted): paragraphs, emphasis, bullet and numbered lists, links, headings, block
 * quotes and code. What it renders is safe to put into a page unescaped:
 * <ul>
 * <li>raw HTML (blocks and inline tags) is shown as text, never interpreted;</li>
 * <li>a link keeps its address only when it is http, https, mailto or relative; any other
 * ({@code javascript:}, {@code data:}, {@code vbscript:} …) is dropped and its text kept; every
 * link carries {@code rel="nofollow noopener"}, and a link in text any signed-in person wrote
 * ({@link #toUserHtml}) also {@code ugc}, so search engines know the portal does not vouch for it;</li>
 * <li>images are not shown: their description stays as text (no requests to other sites);</li>
 * <li>headings start below the page's own: {@code #} becomes the given top level (h2 by default).</li>
 * </ul>
 * Parser and renderers are immutable and thread-safe, so one of each serves everybody.
 */
public final class Markdown {
    /** Nesting bounds, so that a pathological text cannot make rendering deep or slow. */
    private static final int MAX_OPEN_BLOCKS = 32;
    private static final int MAX_INLINE_NESTING = 16;

    private static final Set<Class<? extends Block>> BLOCKS = Set.of(
            Heading.class, ListBlock.class, BlockQuote.class, FencedCodeBlock.class, IndentedCodeBlock.class);
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

    private static final Parser PARSER = Parser.builder()
            .enabledBlockTypes(BLOCKS)
            .maxOpenBlockParsers(MAX_OPEN_BLOCKS)
            .maxInlineNesting(MAX_INLINE_NESTING)
            .build();
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder()
            .lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS).build();
    private static final String REL = "nofollow noopener";
    private static final String USER_REL = "nofollow ugc noopener";
    private static final HtmlRenderer[] HTML = new HtmlRenderer[7];
    private static final HtmlRenderer[] USER_HTML = new HtmlRenderer[7];

    static {
        for (int top = 1; top <= 6; top++) {
            HTML[top] = renderer(top - 1, REL);
            USER_HTML[top] = renderer(top - 1, USER_REL);
        }
    }

    private static HtmlRenderer renderer(int shift, String rel) {
        return HtmlRenderer.builder()
                .escapeHtml(true)
                .percentEncodeUrls(true)
                .nodeRendererFactory(context -> new SafeLinks(context, rel))
                .nodeRendererFactory(context -> new ShiftedHeadings(context, shift))
                .build();
    }

    private Markdown() {
    }

    /** Safe HTML of {@code source}; {@code #} headings become h2. Null or blank gives "". */
    public static String toHtml(String source) {
        return toHtml(source, 2);
    }

    /** Safe HTML of {@code source} with {@code #} headings at {@code topHeadingLevel} (1–6). */
    public static String toHtml(String source, int topHeadingLevel) {
        return render(HTML, source, topHeadingLevel);
    }

    /**
     * Safe HTML of text any signed-in person wrote (forum posts, petitions): as {@link #toHtml(String, int)},
     * with links marked {@code rel="nofollow ugc noopener"} (user-generated content).
     */
    public static String toUserHtml(String source, int topHeadingLevel) {
        return render(USER_HTML, source, topHeadingLevel);
    }

    private static String render(HtmlRenderer[] renderers, String source, int topHeadingLevel) {
        if (topHeadingLevel < 1 || topHeadingLevel > 6) {
            throw new IllegalArgumentException("heading level " + topHeadingLevel);
        }
        if (source == null || source.isBlank()) {
            return "";
        }
        return renderers[topHeadingLevel].render(PARSER.parse(source));
    }

    /** The text without its markup (for search indexes, snippets and e-mails). */
    public static String toPlainText(String source) {
        if (source == null || source.isBlank()) {
            return "";
        }
        return PLAIN.render(PARSER.parse(source)).strip();
    }

    /**
     * Whether a link address may be kept: http, https, mailto, or relative (no scheme). Control
     * characters and spaces are removed first, as browsers do ("java&#9;script:" is javascript:).
     */
    public static boolean allowedLink(String destination) {
        if (destination == null) {
            return false;
        }
        StringBuilder cleaned = new StringBuilder(destination.length());
        for (int i = 0; i < destination.length(); i++) {
            char c = destination.charAt(i);
            if (c > ' ' && c != 0x7f) {
                cleaned.append(c);
            }
        }
        String url = cleaned.toString();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return SCHEMES.contains(url.substring(0, i).toLowerCase(Locale.ROOT));
            }
            if (c == '/' || c == '?' || c == '#' || c == '\\') {
                return true;
            }
        }
        return true;
    }

    /** Links with an allowed address and the given rel; others and images as text. */
    private static final class SafeLinks implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final String rel;

        SafeLinks(HtmlNodeRendererContext context, String rel) {
            this.context = context;
            this.rel = rel;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Link.class, Image.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof Link link && allowedLink(link.getDestination())) {
                Map<String, String> attributes = new LinkedHashMap<>();
                attributes.put("href", context.encodeUrl(link.getDestination()));
                if (link.getTitle() != null) {
                    attributes.put("title", link.getTitle());
                }
                attributes.put("rel", rel);
                context.getWriter().tag("a", attributes);
                renderChildren(node);
                context.getWriter().tag("/a");
            } else {
                renderChildren(node);
            }
        }

        private void renderChildren(Node parent) {
            Node child = parent.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
        }
    }

    /** Headings moved down so that the page's own h1 (and sections) stay above the text's. */
    private static final class ShiftedHeadings implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final int shift;

        ShiftedHeadings(HtmlNodeRendererContext context, int shift) {
            this.context = context;
            this.shift = shift;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Heading.class);
        }

        @Override
        public void render(Node node) {
            String tag = "h" + Math.min(6, ((Heading) node).getLevel() + shift);
            context.getWriter().line();
            context.getWriter().tag(tag);
            Node child = node.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
            context.getWriter().tag('/' + tag);
            context.getWriter().line();
        }
    }
}
