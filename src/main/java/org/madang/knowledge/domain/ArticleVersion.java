package org.madang.knowledge.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** One version of an article's text, with why it was written; kept for good, published or not. */
@Entity
@Table(name = "knowledge_version")
public class ArticleVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    private Article article;
    @Column(nullable = false)
    private int number;
    @Column(name = "title_ko", nullable = false, length = ArticleDraft.MAX_TITLE)
    private String titleKo;
    @Column(name = "title_en", nullable = false, length = ArticleDraft.MAX_TITLE)
    private String titleEn;
    @Column(name = "body_ko", nullable = false)
    private String bodyKo;
    @Column(name = "body_en", nullable = false)
    private String bodyEn;
    @Column(nullable = false, length = Article.MAX_REASON)
    private String reason;
    @Column(name = "author_id", nullable = false)
    private long authorId;
    @Column(name = "author_name", nullable = false, length = 100)
    private String authorName;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "published_at")
    private Instant publishedAt;

    protected ArticleVersion() {
    }

    ArticleVersion(Article article, int number, ArticleDraft d, String reason, KnowledgeOfficer author, Instant now) {
        this.article = article;
        this.number = number;
        this.titleKo = d.titleKo();
        this.titleEn = d.titleEn();
        this.bodyKo = d.bodyKo();
        this.bodyEn = d.bodyEn();
        this.reason = reason;
        this.authorId = author.accountId();
        this.authorName = author.name();
        this.createdAt = now;
    }

    void published(Instant now) {
        this.publishedAt = now;
    }

    /** Everything a reader would see of this version (what the personal-data check reads). */
    String allText() {
        return String.join("\n", titleKo, titleEn, bodyKo, bodyEn);
    }

    public Long getId() { return id; }
    public int getNumber() { return number; }
    public String getTitleKo() { return titleKo; }
    public String getTitleEn() { return titleEn; }
    public String getBodyKo() { return bodyKo; }
    public String getBodyEn() { return bodyEn; }
    public String getReason() { return reason; }
    public long getAuthorId() { return authorId; }
    public String getAuthorName() { return authorName; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getPublishedAt() { return publishedAt; }
}
