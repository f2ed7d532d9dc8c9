package org.madang.platform.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTest {

    @Test
    void rendersTheSubset() {
        String html = Markdown.toHtml("""
                # 처리 기한

                민원은 **7일** 안에 *처리*합니다.

                - 접수
                - 검토

                1. 첫째
                2. 둘째

                `민원 처리에 관한 법률` 제17조

                ```
                code block
                ```

                > 인용
                """);
        assertThat(html)
                .contains("<h2>처리 기한</h2>")
                .contains("<p>민원은 <strong>7일</strong> 안에 <em>처리</em>합니다.</p>")
                .contains("<ul>\n<li>접수</li>\n<li>검토</li>\n</ul>")
                .contains("<ol>\n<li>첫째</li>\n<li>둘째</li>\n</ol>")
                .contains("<code>민원 처리에 관한 법률</code>")
                .contains("<pre><code>code block\n</code></pre>")
                .contains("<blockquote>");
    }

    @Test
    void headingsStartAtTheGivenLevelAndStopAtSix() {
        assertThat(Markdown.toHtml("# a\n\n## b\n\n###### f", 3))
                .contains("<h3>a</h3>").contains("<h4>b</h4>").contains("<h6>f</h6>");
        assertThat(Markdown.toHtml("# a", 1)).contains("<h1>a</h1>");
        assertThatThrownBy(() -> Markdown.toHtml("x", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Markdown.toHtml("x", 7)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blankIsEmpty() {
        assertThat(Markdown.toHtml(null)).isEmpty();
        assertThat(Markdown.toHtml("  \n ")).isEmpty();
        assertThat(Markdown.toPlainText(null)).isEmpty();
    }

    @Test
    void allowedLinksKeepTheirAddressAndGetRel() {
        assertThat(Markdown.toHtml("[법령](https://www.law.go.kr/법령/민원처리에관한법률 \"국가법령정보센터\")"))
                .contains("<a href=\"https://www.law.go.kr/%EB%B2%95%EB%A0%B9/%EB%AF%BC%EC%9B%90%EC%B2%98%EB%A6%AC%EC%97%90%EA%B4%80%ED%95%9C%EB%B2%95%EB%A5%A0\""
                        + " title=\"국가법령정보센터\" rel=\"nofollow noopener\">법령</a>");
        assertThat(Markdown.toHtml("[mail](mailto:help@madang.go.kr)"))
                .contains("<a href=\"mailto:help@madang.go.kr\" rel=\"nofollow noopener\">mail</a>");
        assertThat(Markdown.toHtml("[서비스](/services/service.xhtml?code=A1)"))
                .contains("<a href=\"/services/service.xhtml?code=A1\" rel=\"nofollow noopener\">서비스</a>");
        assertThat(Markdown.toHtml("[다음](other.xhtml#part)")).contains("href=\"other.xhtml#part\"");
        assertThat(Markdown.toHtml("<https://www.open.go.kr/>"))
                .contains("<a href=\"https://www.open.go.kr/\" rel=\"nofollow noopener\">https://www.open.go.kr/</a>");
        assertThat(Markdown.toHtml("[a](HTTP://EXAMPLE.KR)")).contains("href=\"HTTP://EXAMPLE.KR\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click](java&#9;script:alert(1))",
            "[click](javascript&#58;alert(1))",
            "[click](&#106;avascript:alert(1))",
            "[click](%20javascript:alert(1))",
            "[click](<java script:alert(1)>)",
            "[click](vbscript:msgbox(1))",
            "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[click][x]\n\n[x]: javascript:alert(1)",
            "<javascript:alert(1)>",
            "[click](file:///etc/passwd)"})
    void otherSchemesLoseTheirLinkButKeepTheText(String source) {
        String html = Markdown.toHtml(source);
        assertThat(html.toLowerCase()).doesNotContain("<a ").doesNotContain("href");
        if (source.startsWith("[click]")) {
            assertThat(html).contains("click");
        }
    }

    @Test
    void anythingBeforeAColonIsASchemeUnlessAPathComesFirst() {
        // a colon before any '/', '?' or '#' makes a scheme to the check, even one no browser knows
        assertThat(Markdown.allowedLink("%6Aavascript:alert(1)")).isFalse();
        assertThat(Markdown.allowedLink("./javascript:alert(1)")).isTrue();
        assertThat(Markdown.allowedLink("/a:b")).isTrue();
        assertThat(Markdown.allowedLink(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<div>\n<script>alert(1)</script>\n</div>",
            "text <img src=x onerror=alert(1)> more",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<svg onload=alert(1)>",
            "<!-- <script>alert(1)</script> -->",
            "<style>body{display:none}</style>"})
    void rawHtmlIsShownAsTextNeverAsTags(String source) {
        String html = Markdown.toHtml(source);
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<iframe")
                .doesNotContain("<svg").doesNotContain("<div").doesNotContain("<style")
                .doesNotContain("<a ").doesNotContain("<!--");
        assertThat(html).contains("&lt;");
    }

    @Test
    void imagesShowTheirDescriptionOnly() {
        assertThat(Markdown.toHtml("![증명서 견본](https://example.kr/a.png)"))
                .isEqualTo("<p>증명서 견본</p>\n");
        assertThat(Markdown.toHtml("![x](javascript:alert(1))")).doesNotContain("<img").doesNotContain("javascript");
    }

    @Test
    void attributeValuesAreEscaped() {
        String html = Markdown.toHtml("[a](https://example.kr \"t\\\" onmouseover=\\\"alert(1)\")");
        assertThat(html).contains("title=\"t&quot; onmouseover=&quot;alert(1)\"");
        assertThat(Markdown.toHtml("[a](https://example.kr/?q=\"x\")")).doesNotContain("\"x\"");
    }

    @Test
    void codeIsEscaped() {
        assertThat(Markdown.toHtml("`<script>`")).contains("<code>&lt;script&gt;</code>");
        assertThat(Markdown.toHtml("```html\n<b onclick=x>\n```"))
                .contains("<pre><code class=\"language-html\">&lt;b onclick=x&gt;\n</code></pre>");
    }

    @Test
    void deepNestingIsBounded() {
        String deep = "> ".repeat(500) + "x";
        assertThat(Markdown.toHtml(deep)).contains("x");
        String brackets = "[".repeat(10_000) + "x" + "](y)".repeat(10_000);
        assertThat(Markdown.toHtml(brackets)).isNotEmpty();
    }

    @Test
    void plainTextDropsTheMarkup() {
        assertThat(Markdown.toPlainText("# 제목\n\n**굵게** [링크](https://a.kr) <b>x</b>"))
                .contains("제목").contains("굵게").contains("링크")
                .doesNotContain("**").doesNotContain("#");
    }

    @Test
    void userTextLinksAreMarkedUgcAndOfficialTextsAreNot() {
        assertThat(Markdown.toUserHtml("[근거](https://www.law.go.kr/)", 3))
                .contains("<a href=\"https://www.law.go.kr/\" rel=\"nofollow ugc noopener\">근거</a>");
        assertThat(Markdown.toUserHtml("<https://a.kr/x>", 3)).contains("rel=\"nofollow ugc noopener\"");
        assertThat(Markdown.toHtml("[근거](https://www.law.go.kr/)")).doesNotContain("ugc");
    }

    @Test
    void userTextIsAsSafeAsOfficialText() {
        assertThat(Markdown.toUserHtml("[click](javascript:alert(1)) <script>alert(1)</script>", 3).toLowerCase())
                .doesNotContain("<a ").doesNotContain("<script").contains("click");
        assertThat(Markdown.toUserHtml("# a", 3)).contains("<h3>a</h3>");
        assertThat(Markdown.toUserHtml(" ", 3)).isEmpty();
        assertThatThrownBy(() -> Markdown.toUserHtml("x", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
