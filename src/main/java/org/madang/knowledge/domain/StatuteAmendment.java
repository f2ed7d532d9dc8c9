package org.madang.knowledge.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A statute article (act and article, any paragraph) that an article in force notes as amended on
 * a date. Articles citing it that were last published before the note need review: their owners are
 * told, and a version published after the note clears the flag.
 */
@Entity
@Table(name = "knowledge_amendment")
public class StatuteAmendment {
    /** Amendments are noted for statutes in force; a date this far ahead is a typing mistake. */
    static final int MAX_YEARS_AHEAD = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = Citation.MAX_ACT)
    private String act;
    @Column(name = "article_no", nullable = false, length = Citation.MAX_PART)
    private String articleNo;
    @Column(name = "amended_on", nullable = false)
    private LocalDate amendedOn;
    @Column(name = "noted_in_article_id", nullable = false)
    private long notedInArticleId;
    @Column(name = "noted_by", nullable = false, length = 100)
    private String notedBy;
    @Column(name = "noted_at", nullable = false)
    private Instant notedAt;

    protected StatuteAmendment() {
    }

    /** Noted in {@code in}, which must be in force, by an officer of its department, for a statute it cites. */
    public StatuteAmendment(Article in, Citation statute, LocalDate amendedOn, KnowledgeOfficer by, LocalDate today,
                            Instant now) {
        if (!in.editableBy(by)) {
            throw new org.madang.platform.error.Forbidden("knowledge.article.otherDepartment");
        }
        if (in.getStatus() != ArticleStatus.PUBLISHED) {
            throw new Conflict("knowledge.amendment.notInForce");
        }
        if (statute == null || in.getCitations().stream().noneMatch(c -> sameStatute(c, statute))) {
            throw new InvalidInput("knowledge.amendment.notCited").onField("amendedCitation");
        }
        if (amendedOn == null) {
            throw new InvalidInput("knowledge.amendment.dateRequired").onField("amendedOn");
        }
        if (amendedOn.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            throw new InvalidInput("knowledge.amendment.dateTooFar", MAX_YEARS_AHEAD).onField("amendedOn");
        }
        this.act = statute.getAct();
        this.articleNo = statute.getArticle();
        this.amendedOn = amendedOn;
        this.notedInArticleId = in.getId();
        this.notedBy = by.name();
        this.notedAt = now;
    }

    private static boolean sameStatute(Citation a, Citation b) {
        return a.getAct().equals(b.getAct()) && a.getArticle().equals(b.getArticle());
    }

    /** Whether the article cites this statute article (whatever paragraph). */
    public boolean concerns(Article a) {
        return a.getCitations().stream().anyMatch(c -> c.getAct().equals(act) && c.getArticle().equals(articleNo));
    }

    /**
     * Whether the article's version in force predates this note: another article in force, citing
     * the statute, published before the note. The caller has matched the statute already.
     */
    public boolean outdatesPublicationOf(Article a) {
        return a.getStatus() == ArticleStatus.PUBLISHED && a.getId() != null && a.getId() != notedInArticleId
                && a.getPublishedAt() != null && a.getPublishedAt().isBefore(notedAt);
    }

    /** As printed: 「민원 처리에 관한 법률」 제17조. */
    public String statuteText() {
        return "「" + act + "」 " + articleNo;
    }

    public Long getId() { return id; }
    public String getAct() { return act; }
    public String getArticleNo() { return articleNo; }
    public LocalDate getAmendedOn() { return amendedOn; }
    public long getNotedInArticleId() { return notedInArticleId; }
    public String getNotedBy() { return notedBy; }
    public Instant getNotedAt() { return notedAt; }
}
