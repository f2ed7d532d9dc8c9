package org.madang.forum.petition.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.forum.petition.application.ForumAgencies.AgencyName;
import org.madang.forum.petition.application.PetitionViews.MilestoneView;
import org.madang.forum.petition.application.PetitionViews.PetitionView;
import org.madang.forum.petition.application.PetitionViews.RegionCount;
import org.madang.forum.petition.domain.Petition;
import org.madang.forum.petition.domain.PetitionCategory;
import org.madang.forum.petition.domain.PetitionStatus;
import org.madang.forum.petition.infrastructure.PetitionRepository;
import org.madang.forum.petition.infrastructure.PetitionRepository.PetitionFilter;
import org.madang.platform.error.NotFound;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Published petitions for everyone: the filtered list and one petition with its supports by region. */
@Stateless
@PermitAll
public class PetitionCatalogue {
    public static final int LIST_MAX = 100;

    @Inject
    PetitionRepository repo;
    @Inject
    ForumAgencies agencies;
    @Inject
    Clock clock;

    /**
     * A page of published petitions: {@code status} "open", "closed", "answered" or null (all), an
     * agency code, a category; newest first or, with {@code bySupports}, most supported first;
     * after {@code cursor} (the {@code next} of the page before; null for the first page). Paged by
     * keyset, so page 100 costs what page 1 does.
     */
    public PetitionPage list(String status, String agency, PetitionCategory category, boolean bySupports,
                             PetitionCursor cursor, int limit) {
        Instant now = Instant.now(clock);
        Boolean open = "open".equals(status) ? Boolean.TRUE : "closed".equals(status) ? Boolean.FALSE : null;
        Boolean answered = "answered".equals(status) ? Boolean.TRUE : null;
        PetitionFilter f = new PetitionFilter(open, agency, category, answered, bySupports, now);
        int size = Math.max(1, Math.min(limit, LIST_MAX));
        PetitionCursor after = cursor != null && cursor.bySupports() == bySupports ? cursor : null;
        Object key = after == null ? null : bySupports ? (Object) after.supports() : after.publishedAt();
        List<Petition> rows = repo.published(f, key, after == null ? null : after.id(), size + 1);
        List<PetitionView> views = rows.stream().limit(size)
                .map(p -> PetitionView.of(p, agencies.nameOf(p.getAgencyCode()), now, List.of(), List.of())).toList();
        String next = rows.size() > size ? PetitionCursor.after(views.get(size - 1), bySupports).encode() : null;
        return new PetitionPage(views, next);
    }

    /** One page of the list and the cursor of the next (null on the last page). */
    public record PetitionPage(List<PetitionView> petitions, String next) implements java.io.Serializable {
    }

    /** One published petition with its supports by region and its milestones; a draft is "not found". */
    public PetitionView get(long id) {
        Petition p = repo.find(id).filter(x -> x.getStatus() == PetitionStatus.PUBLISHED)
                .orElseThrow(() -> new NotFound("petition.notFound"));
        List<RegionCount> regions = repo.supportsByRegion(id).entrySet().stream()
                .map(e -> new RegionCount(e.getKey(), e.getValue())).toList();
        List<MilestoneView> milestones = repo.milestones(id).stream().map(MilestoneView::of).toList();
        return PetitionView.of(p, agencies.nameOf(p.getAgencyCode()), Instant.now(clock), regions, milestones);
    }

    public List<AgencyName> agencies() {
        return agencies.all();
    }
}
