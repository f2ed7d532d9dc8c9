package org.madang.forum.debate.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;

import java.time.Instant;

/**
 * A policy debate an agency opens for a period (정책토론): topic, background, who may take part.
 * Posting is possible only while it is open; after it closes the agency writes its summary.
 */
@Entity
@Table(name = "debate")
public class Debate {
    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 6000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "agency_code", nullable = false, length = 20)
    private String agencyCode;
    @Column(nullable = false, length = TITLE_MAX)
    private String title;
    @Column(nullable = false, length = TEXT_MAX)
    private String background;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Audience audience;
    @Column(length = 20)
    private String region;
    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;
    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;
    @Column(name = "created_by", nullable = false)
    private long createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(length = TEXT_MAX)
    private String summary;
    @Column(name = "summary_at")
    private Instant summaryAt;

    protected Debate() {
    }

    public Debate(String agencyCode, String title, String background, Audience audience, String region,
                  Instant opensAt, Instant closesAt, long createdBy, Instant now) {
        this.agencyCode = agencyCode;
        this.title = Texts.required(title, TITLE_MAX, "title");
        this.background = Texts.required(background, TEXT_MAX, "background");
        if (audience == null) {
            throw new InvalidInput("debate.setup.audienceRequired").onField("audience");
        }
        String r = region == null || region.isBlank() ? null : region.strip();
        if (audience == Audience.REGION_RESIDENTS && (r == null || !r.matches("[A-Z]{2,20}"))) {
            throw new InvalidInput("debate.setup.regionRequired").onField("region");
        }
        if (opensAt == null || closesAt == null) {
            throw new InvalidInput("debate.setup.datesRequired").onField(opensAt == null ? "opensAt" : "closesAt");
        }
        if (!closesAt.isAfter(opensAt)) {
            throw new InvalidInput("debate.setup.closesAfterOpens").onField("closesAt");
        }
        if (!closesAt.isAfter(now)) {
            throw new InvalidInput("debate.setup.closesInPast").onField("closesAt");
        }
        this.audience = audience;
        this.region = audience == Audience.REGION_RESIDENTS ? r : null;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public DebatePhase phase(Instant now) {
        if (now.isBefore(opensAt)) {
            return DebatePhase.UPCOMING;
        }
        return now.isBefore(closesAt) ? DebatePhase.OPEN : DebatePhase.CLOSED;
    }

    public void requireOpen(Instant now) {
        if (phase(now) != DebatePhase.OPEN) {
            throw new Conflict("debate.notOpen");
        }
    }

    /** The agency's closing summary, once the period has ended; it may be corrected later. */
    public void summarize(String text, Instant now) {
        if (phase(now) != DebatePhase.CLOSED) {
            throw new Conflict("debate.summary.notClosed");
        }
        this.summary = Texts.required(text, TEXT_MAX, "summary");
        this.summaryAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getTitle() {
        return title;
    }

    public String getBackground() {
        return background;
    }

    public Audience getAudience() {
        return audience;
    }

    public String getRegion() {
        return region;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public String getSummary() {
        return summary;
    }

    public Instant getSummaryAt() {
        return summaryAt;
    }
}
