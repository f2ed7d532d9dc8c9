package org.madang.knowledge.infrastructure;

import org.madang.knowledge.domain.ArticleKind;
import org.madang.knowledge.domain.Visibility;

import java.util.ArrayList;
import java.util.List;

/** One demo article as written in the demo lists: who owns it, what it says, and how far it got. */
final class DemoArticle {
    /** How far the demo article got: published (optionally with a newer version waiting), or still a draft. */
    enum Phase { PUBLISHED, DRAFT, PENDING_VERSION }

    final String agency;
    final String department;
    final ArticleKind kind;
    final List<String> services;
    final List<String> agencies = new ArrayList<>();
    final List<String> citations = new ArrayList<>();
    String key;
    String titleKo;
    String titleEn = "";
    String bodyKo;
    String bodyEn = "";
    /** Review date relative to today: negative is past (the article needs review). */
    int reviewInDays = 365;
    /** When it was published, days ago. */
    int publishedDaysAgo = 60;
    Visibility visibility = Visibility.GOVERNMENT;
    String supersedes;
    Phase phase = Phase.PUBLISHED;

    private DemoArticle(String agency, String department, ArticleKind kind, List<String> services) {
        this.agency = agency;
        this.department = department;
        this.kind = kind;
        this.services = services;
    }

    static DemoArticle of(String agency, String department, ArticleKind kind, String... services) {
        return new DemoArticle(agency, department, kind, List.of(services));
    }

    DemoArticle ko(String title, String body) {
        titleKo = title;
        bodyKo = body;
        return this;
    }

    DemoArticle en(String title, String body) {
        titleEn = title;
        bodyEn = body;
        return this;
    }

    /** "act | article | paragraph". */
    DemoArticle cite(String... lines) {
        citations.addAll(List.of(lines));
        return this;
    }

    DemoArticle about(String... agencyCodes) {
        agencies.addAll(List.of(agencyCodes));
        return this;
    }

    DemoArticle review(int inDays) {
        reviewInDays = inDays;
        return this;
    }

    DemoArticle publishedDaysAgo(int days) {
        publishedDaysAgo = days;
        return this;
    }

    DemoArticle visible(Visibility v) {
        visibility = v;
        return this;
    }

    DemoArticle key(String k) {
        key = k;
        return this;
    }

    DemoArticle supersedes(String k) {
        supersedes = k;
        return this;
    }

    DemoArticle phase(Phase p) {
        phase = p;
        return this;
    }
}
