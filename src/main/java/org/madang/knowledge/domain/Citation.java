package org.madang.knowledge.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.madang.platform.error.InvalidInput;

import java.io.Serializable;
import java.util.Objects;

/** A statute article an article relies on: act, article (조) and, optionally, paragraph (항). */
@Embeddable
public class Citation implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final int MAX_ACT = 200;
    public static final int MAX_PART = 20;

    @Column(name = "act", nullable = false, length = MAX_ACT)
    private String act;
    @Column(name = "article_no", nullable = false, length = MAX_PART)
    private String article;
    @Column(name = "paragraph_no", length = MAX_PART)
    private String paragraph;

    protected Citation() {
    }

    public Citation(String act, String article, String paragraph) {
        if (act == null || act.isBlank() || act.strip().length() > MAX_ACT) {
            throw new InvalidInput("knowledge.citation.actRequired").onField("citations");
        }
        if (article == null || article.isBlank() || article.strip().length() > MAX_PART
                || (paragraph != null && paragraph.strip().length() > MAX_PART)) {
            throw new InvalidInput("knowledge.citation.articleRequired").onField("citations");
        }
        this.act = act.strip();
        this.article = article.strip();
        this.paragraph = paragraph == null || paragraph.isBlank() ? null : paragraph.strip();
    }

    /**
     * One line as officers write it, "act | article | paragraph" (the paragraph may be left out):
     * {@code 민원 처리에 관한 법률 | 제17조 | 제1항}.
     */
    public static Citation parse(String line) {
        String[] parts = line.split("\\|", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new InvalidInput("knowledge.citation.format").onField("citations");
        }
        return new Citation(parts[0], parts[1], parts.length == 3 ? parts[2] : null);
    }

    public String getAct() {
        return act;
    }

    public String getArticle() {
        return article;
    }

    public String getParagraph() {
        return paragraph;
    }

    /** As printed: 「민원 처리에 관한 법률」 제17조 제1항. */
    public String text() {
        return "「" + act + "」 " + article + (paragraph == null ? "" : " " + paragraph);
    }

    /** As typed in the editor. */
    public String line() {
        return act + " | " + article + (paragraph == null ? "" : " | " + paragraph);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Citation c && act.equals(c.act) && article.equals(c.article)
                && Objects.equals(paragraph, c.paragraph);
    }

    @Override
    public int hashCode() {
        return Objects.hash(act, article, paragraph);
    }
}
