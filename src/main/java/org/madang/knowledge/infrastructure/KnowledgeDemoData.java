package org.madang.knowledge.infrastructure;

import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.madang.identity.application.AccountDirectory;
import org.madang.identity.application.OrganisationDirectory;
import org.madang.identity.application.Views.DepartmentView;
import org.madang.knowledge.domain.Article;
import org.madang.knowledge.domain.ArticleDraft;
import org.madang.knowledge.domain.Citation;
import org.madang.knowledge.domain.KnowledgeOfficer;
import org.madang.platform.persistence.DemoDataRequested;
import org.madang.services.application.Catalogue;
import org.madang.services.application.ServiceView;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * About 60 demo articles across the demo agencies, idempotent by Korean title, their history played
 * through the domain with past times: rulings that supersede older ones, some past their review
 * date, drafts and versions awaiting approval, department-only notes, and public answers that are
 * the FAQs of a dozen services. Owners are the demo officers where one works in the department
 * (e.g. officer@ at 종로세무서, officer2@ at 종로구 민원여권과), else a named official without an
 * account. After identity's, the catalogue's and the applications' demo data.
 */
@Stateless
public class KnowledgeDemoData {
    private static final Logger LOG = Logger.getLogger(KnowledgeDemoData.class.getName());

    /** Agency/department → owner e-mail (demo account) or name, and the supervisor's name. */
    private static final Map<String, String[]> PEOPLE = Map.ofEntries(
            Map.entry("NTS/JONGNO_TAX", new String[] {"officer@madang.go.kr", "정하늘"}),
            Map.entry("JONGNO/CIVIL", new String[] {"officer2@madang.go.kr", "이수진"}),
            Map.entry("MOIS/RESIDENT", new String[] {"publisher@madang.go.kr", "김정훈"}),
            Map.entry("SEOUL/ECONOMY", new String[] {"officer.seoul@madang.go.kr", "박상우"}),
            Map.entry("MOEL/INSURANCE", new String[] {"officer.moel@madang.go.kr", "이은정"}),
            Map.entry("NTS/CORP_TAX", new String[] {"officer.corp@madang.go.kr", "최동혁"}),
            Map.entry("MOTIE/FDI", new String[] {"officer.fdi@madang.go.kr", "오세진"}),
            Map.entry("MOTIE/TRADE", new String[] {"officer.trade@madang.go.kr", "한승민"}),
            Map.entry("KCS/SEOUL_CUST", new String[] {"officer.customs@madang.go.kr", "윤지호"}),
            Map.entry("KCS/ORIGIN", new String[] {"officer.origin@madang.go.kr", "서민석"}));

    @Inject
    ArticleRepository repo;
    @Inject
    OrganisationDirectory directory;
    @Inject
    AccountDirectory accounts;
    @Inject
    Catalogue catalogue;
    @Inject
    Clock clock;
    @Inject
    ZoneId zone;

    public void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 960) DemoDataRequested event) {
        repo.lockForDemoData();
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.ofInstant(now, zone);
        Map<String, DepartmentView> departments = new HashMap<>();
        directory.departments().forEach(d -> departments.put(d.agencyCode() + "/" + d.code(), d));
        Map<String, Article> byKey = new HashMap<>();
        int added = 0;
        for (DemoArticle d : Stream.of(DemoArticlesCivil.all(), DemoArticlesBusiness.all(), DemoArticlesWelfareTrade.all())
                .flatMap(List::stream).toList()) {
            Optional<Article> existing = repo.findByTitle(d.titleKo);
            if (existing.isPresent()) {
                byKey.put(d.key, existing.get());
                continue;
            }
            DepartmentView dept = departments.get(d.agency + "/" + d.department);
            if (dept == null) {
                continue; // a demo department another configuration left out
            }
            Article a = play(d, dept, byKey, now, today);
            byKey.put(d.key, a);
            added++;
        }
        if (added > 0) {
            LOG.info("knowledge demo data loaded: " + added + " articles");
        }
    }

    private Article play(DemoArticle d, DepartmentView dept, Map<String, Article> byKey, Instant now, LocalDate today) {
        String[] people = PEOPLE.getOrDefault(d.agency + "/" + d.department, new String[] {null, "김지식"});
        KnowledgeOfficer owner = owner(people[0], dept);
        KnowledgeOfficer chief = new KnowledgeOfficer(supervisorId(dept), people[1], dept.id(), dept.agencyCode(), true);
        Instant written = now.minus(Duration.ofDays(d.publishedDaysAgo + 3L));
        Article replaced = d.supersedes == null ? null : byKey.get(d.supersedes);
        ArticleDraft draft = draft(d, today, replaced);
        Article a = repo.add(new Article(draft, owner, written));
        if (d.phase == DemoArticle.Phase.DRAFT) {
            return a;
        }
        Instant published = now.minus(Duration.ofDays(d.publishedDaysAgo));
        a.publish(d.visibility, chief, published);
        repo.changed(a);
        if (replaced != null && replaced.getStatus() == org.madang.knowledge.domain.ArticleStatus.PUBLISHED) {
            replaced.supersededBy(a, published);
            repo.changed(replaced);
        }
        if (d.phase == DemoArticle.Phase.PENDING_VERSION) {
            ArticleDraft next = new ArticleDraft(d.kind, d.titleKo, d.titleEn, d.bodyKo + "\n\n마감 전날은 오후 8시까지 창구를 엽니다.",
                    d.bodyEn + "\n\nCounters stay open until 8 p.m. on the eve of the deadline.", draft.serviceIds(),
                    draft.agencyCodes(), draft.citations(), draft.reviewOn(), d.visibility, null);
            a.revise(next, "마감 전날 연장 운영 추가", owner, now.minus(Duration.ofDays(1)));
            repo.changed(a);
        }
        return a;
    }

    private ArticleDraft draft(DemoArticle d, LocalDate today, Article replaced) {
        Set<Long> services = new LinkedHashSet<>();
        for (String code : d.services) {
            catalogue.findByCode(code).map(ServiceView::id).ifPresent(services::add);
        }
        Set<String> agencies = new LinkedHashSet<>(d.agencies);
        agencies.add(d.agency);
        List<Citation> citations = d.citations.stream().map(Citation::parse).toList();
        return new ArticleDraft(d.kind, d.titleKo, d.titleEn, d.bodyKo, d.bodyEn, services, agencies, citations,
                today.plusDays(d.reviewInDays), d.visibility, replaced == null ? null : replaced.getId());
    }

    private KnowledgeOfficer owner(String email, DepartmentView dept) {
        Optional<Long> id = email == null ? Optional.empty() : accounts.accountIdOf(email);
        String name = id.map(i -> accounts.contact(i).name()).orElse("김지식");
        return new KnowledgeOfficer(id.orElse(0L), name, dept.id(), dept.agencyCode(), false);
    }

    /** The demo supervisor where the department has one (정하늘 at 종로세무서); else no account. */
    private long supervisorId(DepartmentView dept) {
        if ("NTS".equals(dept.agencyCode()) && "JONGNO_TAX".equals(dept.code())) {
            return accounts.accountIdOf("supervisor@madang.go.kr").orElse(0L);
        }
        return 0L;
    }
}
