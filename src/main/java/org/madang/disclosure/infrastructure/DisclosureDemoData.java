package org.madang.disclosure.infrastructure;

import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.madang.disclosure.domain.Publication;
import org.madang.disclosure.domain.PublicationCategory;
import org.madang.disclosure.domain.PublicationDetails;
import org.madang.disclosure.domain.PublicationType;
import org.madang.disclosure.domain.Licence;
import org.madang.disclosure.domain.StoredFile;
import org.madang.identity.application.OrganisationDirectory;
import org.madang.identity.application.Views.DepartmentView;
import org.madang.platform.persistence.DemoDataRequested;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Demo publications (see {@link DemoPublications}): 240 items of ten agencies, real PDFs and CSV
 * files read and indexed as an upload would be, plus a withdrawn item and a scan without text.
 * Loaded once.
 */
@Stateless
public class DisclosureDemoData {
    private static final Logger LOG = Logger.getLogger(DisclosureDemoData.class.getName());
    static final String WITHDRAWN_TITLE = "2024년 청사 이전 계획 (철회)";

    @Inject
    PublicationRepository repo;
    @Inject
    PublicationFileIntake intake;
    @Inject
    OrganisationDirectory organisations;
    @Inject
    Clock clock;
    @Inject
    ZoneId zone;

    public void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) DemoDataRequested event) {
        List<DemoPublications.Item> items = DemoPublications.all();
        repo.lockForDemoData();
        if (repo.findByTitle(items.get(0).details().titleKo()).isPresent()) {
            return;
        }
        long start = System.nanoTime();
        Map<String, Long> departments = new HashMap<>();
        for (DepartmentView d : organisations.departments()) {
            departments.put(d.agencyCode() + "/" + d.code(), d.id());
        }
        Instant now = Instant.now(clock);
        Map<String, Publication> byTitle = new HashMap<>();
        try (DemoPdf pdf = new DemoPdf()) {
            for (DemoPublications.Item it : items) {
                byte[] bytes = it.csv() != null ? it.csv().getBytes(StandardCharsets.UTF_8)
                        : pdf.document(it.details().titleKo(), it.paragraphs());
                Publication p = publish(it.details(), it.agency(), departments.get(it.agency() + "/" + it.department()),
                        intake.take(it.fileName(), bytes), it.date().atTime(LocalTime.of(10, 0))
                                .atZone(zone).toInstant(), now);
                byTitle.put(it.details().titleKo(), p);
                if (it.relatedTitleKo() != null && byTitle.containsKey(it.relatedTitleKo())) {
                    p.relateTo(byTitle.get(it.relatedTitleKo()).getId());
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        long mois = departments.get("MOIS/RESIDENT");
        Publication moved = publish(new PublicationDetails(PublicationType.DOCUMENT, PublicationCategory.PLAN,
                        WITHDRAWN_TITLE, "Plan to move the ministry's offices in 2024 (withdrawn)",
                        "청사 이전 계획을 공개하였으나 계획 변경으로 철회하였습니다.",
                        "The office relocation plan was published, then withdrawn when the plan changed.",
                        null, "청사, 이전", Licence.KOGL_1), "MOIS", mois,
                intake.take("relocation-2024.pdf", DemoPdfText.of("청사 이전 계획", "세종 청사로의 이전 일정과 예산을 정리한 계획입니다.")),
                Instant.parse("2024-03-04T01:00:00Z"), now);
        moved.withdraw("계획이 변경되어 새 계획으로 대체합니다. The plan changed and is replaced by a new one.", now);
        publish(new PublicationDetails(PublicationType.DOCUMENT, PublicationCategory.APPROVAL,
                        "1998년 주민등록 전산화 결재문서 (스캔본)", "1998 approval of computerised resident registration (scan)",
                        "종이 결재문서를 스캔한 이미지 파일로, 본문 검색이 되지 않습니다.",
                        "A scanned paper approval: its text cannot be searched.", null, "주민등록, 전산화, 스캔",
                        Licence.KOGL_1), "MOIS", mois, intake.take("approval-1998-scan.pdf", DemoPdf.withoutText()),
                Instant.parse("2025-06-02T01:00:00Z"), now);
        LOG.info("disclosure demo data loaded: " + (items.size() + 2) + " publications in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    private Publication publish(PublicationDetails d, String agency, long department, StoredFile file, Instant at,
                                Instant now) {
        Publication p = repo.add(new Publication(d, agency, department, file, "demo", now));
        p.publish(at, now, zone);
        repo.changed(p);
        return p;
    }

    /** A short Korean PDF for the odd demo item (the generator's own font and layout). */
    static final class DemoPdfText {
        private DemoPdfText() {
        }

        static byte[] of(String title, String text) {
            try (DemoPdf pdf = new DemoPdf()) {
                return pdf.document(title, List.of(text));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
