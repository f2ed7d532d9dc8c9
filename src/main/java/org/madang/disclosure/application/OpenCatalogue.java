package org.madang.disclosure.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.disclosure.application.OpenViews.DatasetEntry;
import org.madang.disclosure.application.OpenViews.Download;
import org.madang.disclosure.application.OpenViews.FacetValue;
import org.madang.disclosure.application.OpenViews.HitView;
import org.madang.disclosure.application.OpenViews.PublicationView;
import org.madang.disclosure.application.OpenViews.RelatedView;
import org.madang.disclosure.application.OpenViews.SearchPage;
import org.madang.disclosure.domain.FileFormat;
import org.madang.disclosure.domain.Publication;
import org.madang.disclosure.domain.PublicationDetails;
import org.madang.disclosure.domain.PublicationHit;
import org.madang.disclosure.domain.PublicationQuery;
import org.madang.disclosure.domain.PublicationResults;
import org.madang.disclosure.domain.PublicationType;
import org.madang.disclosure.domain.PublicationVersion;
import org.madang.disclosure.infrastructure.DatasetFormats;
import org.madang.disclosure.infrastructure.PublicationFileIntake;
import org.madang.disclosure.infrastructure.PublicationRepository;
import org.madang.disclosure.infrastructure.PublicationSearch;
import org.madang.platform.error.NotFound;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What anyone may read: search with facets, a publication's page (withdrawn ones too, with the
 * reason), its files in every version, datasets as CSV and JSON, and the list of datasets for DCAT.
 * Drafts and items whose publication date lies ahead answer "not found".
 */
@Stateless
@PermitAll
public class OpenCatalogue {
    @Inject
    PublicationRepository repo;
    @Inject
    PublicationSearch search;
    @Inject
    PublicationFileIntake files;
    @Inject
    DatasetFormats datasets;
    @Inject
    OrganisationNames names;
    @Inject
    Clock clock;

    public SearchPage search(SearchRequests.Raw raw) {
        PublicationQuery q = SearchRequests.parse(raw, names);
        PublicationResults r = search.search(q, Instant.now(clock));
        List<HitView> hits = r.hits().stream().map(h -> new HitView(h, names.agencyOrCode(h.agencyCode()),
                names.department(h.departmentId()).orElse(null))).toList();
        String next = null;
        if (q.order() == PublicationQuery.Order.DATE && r.hits().size() == q.limit()) {
            PublicationHit last = r.hits().get(r.hits().size() - 1);
            next = SearchRequests.encodeCursor(last.publishedAt(), last.id());
        }
        List<FacetValue> agencies = r.agencies().entrySet().stream()
                .map(e -> new FacetValue(e.getKey(), e.getValue(), names.agencyOrCode(e.getKey())))
                .sorted(Comparator.comparing(FacetValue::count).reversed()).toList();
        List<FacetValue> years = r.years().entrySet().stream()
                .map(e -> new FacetValue(String.valueOf(e.getKey()), e.getValue(), null))
                .sorted(Comparator.comparing(FacetValue::value).reversed()).toList();
        return new SearchPage(r.total(), hits, agencies, plain(r.categories()), plain(r.types()), plain(r.formats()),
                years, next);
    }

    public PublicationView publication(long id) {
        Instant now = Instant.now(clock);
        Publication p = visible(id, now);
        List<RelatedView> related = new ArrayList<>();
        for (Long rid : p.getRelatedIds()) {
            repo.find(rid).filter(o -> o.isPublic(now))
                    .ifPresent(o -> related.add(new RelatedView(o.getId(), o.getTitleKo(), o.getTitleEn())));
        }
        return PublicationView.of(p, names, related, now);
    }

    /** A version's file (0: the current one). A withdrawn item's files stay downloadable, as its page stays. */
    public Download file(long id, int versionNumber) {
        Publication p = visible(id, Instant.now(clock));
        PublicationVersion v = versionNumber == 0 ? p.current()
                : p.version(versionNumber).orElseThrow(() -> new NotFound("open.version.notFound"));
        String key = v.getStorageKey();
        return new Download(v.getFileName(), v.getContentType(), v.getSizeBytes(), v.getSha256(), v.getCreatedAt(),
                () -> files.open(key));
    }

    /** A dataset's current data as CSV or JSON text (converted when its file is the other one). */
    public Download dataset(long id, FileFormat as) {
        Publication p = visible(id, Instant.now(clock));
        if (p.getKind() != PublicationType.DATASET || !as.isData()) {
            throw new NotFound("open.dataset.notFound");
        }
        PublicationVersion v = p.current();
        byte[] bytes = files.read(v.getStorageKey());
        String text = as == FileFormat.CSV ? datasets.csv(v.getFormat(), bytes) : datasets.json(v.getFormat(), bytes);
        byte[] out = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String base = v.getFileName().replaceFirst("\\.[A-Za-z]+$", "");
        return new Download(base + "." + as.name().toLowerCase(java.util.Locale.ROOT), as.contentType(), out.length,
                v.getSha256(), v.getCreatedAt(), () -> new java.io.ByteArrayInputStream(out));
    }

    /** Every published dataset, newest first, for the DCAT-AP catalogue. */
    public List<DatasetEntry> datasets() {
        return repo.publicDatasets(Instant.now(clock)).stream().map(p -> new DatasetEntry(p.getId(), p.getTitleKo(),
                p.getTitleEn(), p.getSummaryKo(), p.getSummaryEn(), PublicationDetails.keywordList(p.getKeywords()),
                names.agencyOrCode(p.getAgencyCode()), p.getLicence(), p.getPublishedAt(), p.getUpdatedAt(),
                p.current().getFormat(), p.current().getSizeBytes(), p.getCurrentVersion())).toList();
    }

    public List<OrganisationNames.Name> agencies() {
        return names.agencies();
    }

    public OrganisationNames.Name agency(String code) {
        return names.agency(code).orElseThrow(() -> new NotFound("open.agency.notFound"));
    }

    private Publication visible(long id, Instant now) {
        return repo.find(id).filter(p -> p.isPublic(now))
                .orElseThrow(() -> new NotFound("open.publication.notFound"));
    }

    private static List<FacetValue> plain(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> new FacetValue(e.getKey(), e.getValue(), null))
                .sorted(Comparator.comparing(FacetValue::count).reversed()).toList();
    }
}
