package org.madang.knowledge.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.knowledge.application.KnowledgeViews.PublicArticle;
import org.madang.knowledge.domain.Article;
import org.madang.knowledge.infrastructure.ArticleRepository;
import org.madang.knowledge.infrastructure.ArticleSearch;
import org.madang.platform.error.NotFound;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What everybody reads: public articles as a service's frequently asked questions, searchable, and one by one. */
@Stateless
@PermitAll
public class PublicKnowledge {
    public static final int FAQ_SIZE = 20;
    public static final int PAGE_SIZE = 30;

    @Inject
    ArticleRepository repo;
    @Inject
    ArticleSearch search;
    @Inject
    KnowledgeReadModels views;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;

    /** A service's frequently asked questions (public articles in force about it). */
    public List<PublicArticle> faqOf(long serviceId) {
        return repo.publicOf(serviceId, FAQ_SIZE).stream().map(views::publicArticle).toList();
    }

    /** Public articles in force: matching {@code query} best first, or the newest when there is none. */
    public List<PublicArticle> find(String query, int page) {
        int p = Math.max(0, Math.min(page, 1000));
        if (query == null || query.isBlank()) {
            return repo.publicArticles(p * PAGE_SIZE, PAGE_SIZE).stream().map(views::publicArticle).toList();
        }
        List<Long> ids = search.search(query, ArticleSearch.Reader.PUBLIC, (p + 1) * PAGE_SIZE);
        List<Long> slice = ids.subList(Math.min(ids.size(), p * PAGE_SIZE), ids.size());
        Map<Long, Integer> rank = new HashMap<>();
        slice.forEach(i -> rank.put(i, rank.size()));
        return repo.byIds(slice).stream().sorted(Comparator.comparing(a -> rank.get(a.getId())))
                .map(views::publicArticle).toList();
    }

    /** A signed-in reader's answer to "was this helpful?" on a public article (a second answer replaces the first). */
    @RolesAllowed({Roles.CITIZEN, Roles.BUSINESS_REPRESENTATIVE, Roles.OFFICER, Roles.SUPERVISOR, Roles.PUBLISHER})
    public void vote(long id, boolean helpful) {
        Article a = publicOne(id);
        repo.vote(a.getId(), currentUser.accountId(), helpful, Instant.now(clock));
    }

    /** The signed-in reader's answer, if any; nothing for an anonymous reader. */
    public Optional<Boolean> myVote(long id) {
        return currentUser.findAccountId().flatMap(me -> repo.voteOf(id, me));
    }

    private Article publicOne(long id) {
        return repo.find(id).filter(Article::readableByPublic)
                .orElseThrow(() -> new NotFound("knowledge.article.notFound"));
    }

    /** A public article (also one superseded, marked so); anything else is not found. */
    public PublicArticle article(long id) {
        return views.publicArticle(publicOne(id));
    }
}
