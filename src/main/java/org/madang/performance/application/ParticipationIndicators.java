package org.madang.performance.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.madang.forum.debate.application.DebateCatalogue;
import org.madang.forum.petition.application.PetitionCatalogue;
import org.madang.forum.petition.application.PetitionCatalogue.PetitionPage;
import org.madang.forum.petition.application.PetitionCursor;
import org.madang.forum.petition.application.PetitionViews.PetitionView;
import org.madang.performance.domain.Participation;
import org.madang.performance.domain.Participation.Month;
import org.madang.performance.domain.Participation.PetitionFact;
import org.madang.platform.i18n.Texts;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Participation per month for the dashboard, read through the forum's public catalogues (petitions
 * page by page, newest first, and the debates): at most a thousand petitions per view.
 * Posts come from the forum's kept monthly count. The agency filter applies; department and service
 * filters do not (petitions and debates belong to an agency).
 */
@Stateless
@PermitAll
public class ParticipationIndicators {
    static final int MAX_PAGES = 10;
    static final int LOOK_BACK_MONTHS = 6;

    @Inject
    PetitionCatalogue petitions;
    @Inject
    DebateCatalogue debates;
    @Inject
    Clock clock;
    @Inject
    ZoneId zone;

    public record ParticipationData(List<Month> months, Month total, long overdueNow, String chart)
            implements java.io.Serializable {
    }

    public ParticipationData of(IndicatorFilter f, Locale locale) {
        List<PetitionFact> facts = facts(f);
        List<Instant> opened = debates.debates().stream()
                .filter(d -> f.agency() == null || (d.agency() != null && f.agency().equals(d.agency().code())))
                .map(d -> d.opensAt()).toList();
        List<Month> months = Participation.byMonth(facts, opened, debates.postsPerMonth(f.from(), f.to(), f.agency()),
                zone, f.from(), f.to());
        return new ParticipationData(months, Participation.total(months),
                Participation.overdue(facts, Instant.now(clock)), chart(months, locale));
    }

    /**
     * Petitions newest first, page by page, back to six months before the first month asked (an
     * answer given in the months asked may be to an older petition), at most {@value #MAX_PAGES} pages.
     */
    private List<PetitionFact> facts(IndicatorFilter f) {
        Instant since = f.from().minusMonths(LOOK_BACK_MONTHS).atDay(1).atStartOfDay(zone).toInstant();
        List<PetitionFact> facts = new java.util.ArrayList<>();
        PetitionCursor cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            PetitionPage p = petitions.list(null, f.agency(), null, false, cursor, PetitionCatalogue.LIST_MAX);
            for (PetitionView v : p.petitions()) {
                if (v.publishedAt() != null && v.publishedAt().isBefore(since)) {
                    return facts;
                }
                facts.add(fact(v));
            }
            if (p.next() == null) {
                break;
            }
            cursor = PetitionCursor.decode(p.next(), false).orElse(null);
            if (cursor == null) {
                break;
            }
        }
        return facts;
    }

    private static PetitionFact fact(PetitionView p) {
        return new PetitionFact(p.publishedAt(), p.supportCount(), p.answerDueAt(), p.answeredAt());
    }

    /** The trend as a Chart.js configuration for p:chart: the same numbers as the table beside it. */
    static String chart(List<Month> months, Locale locale) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder published = Json.createArrayBuilder();
        JsonArrayBuilder onTime = Json.createArrayBuilder();
        JsonArrayBuilder late = Json.createArrayBuilder();
        JsonArrayBuilder opened = Json.createArrayBuilder();
        JsonArrayBuilder posts = Json.createArrayBuilder();
        for (Month m : months) {
            labels.add(m.month().toString());
            published.add(m.petitions());
            onTime.add(m.answeredOnTime());
            late.add(m.answeredLate());
            opened.add(m.debates());
            posts.add(m.posts());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(dataset(Texts.format(locale, "performance.participation.petitions"), published, "#1f5fa8"))
                                .add(dataset(Texts.format(locale, "performance.participation.onTime"), onTime, "#2e7d32"))
                                .add(dataset(Texts.format(locale, "performance.participation.late"), late, "#b3261e"))
                                .add(dataset(Texts.format(locale, "performance.participation.debates"), opened, "#6a4c93"))
                                .add(dataset(Texts.format(locale, "performance.participation.posts"), posts, "#8a5a00"))))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true).add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    private static jakarta.json.JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }
}
