package org.madang.disclosure;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.madang.disclosure.application.OpenCatalogue;
import org.madang.disclosure.application.OpenViews.SearchPage;
import org.madang.disclosure.application.PublicationForm;
import org.madang.disclosure.application.Publishing;
import org.madang.disclosure.application.ReleasePublishing;
import org.madang.disclosure.application.SearchRequests;
import org.madang.disclosure.application.Upload;
import org.madang.disclosure.domain.Licence;
import org.madang.disclosure.domain.PersonalDataFound;
import org.madang.disclosure.domain.PublicationCategory;
import org.madang.disclosure.domain.PublicationPhase;
import org.madang.disclosure.domain.PublicationType;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.error.NotFound;
import org.madang.testsupport.Deployments;
import org.madang.testsupport.incontainer.Callers;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.madang.testsupport.incontainer.Db.count;
import static org.madang.testsupport.incontainer.Db.row;

/**
 * Published information inside the running server, as the department's publisher and as anyone:
 * publish → searchable at once; a new version keeps the old file downloadable; withdrawal hides from
 * search but keeps the page; the personal-data check; another department's publisher; bad input;
 * cursor paging while items are added; the release entry point for disclosure requests; audit.
 */
@ExtendWith(ArquillianExtension.class)
class DisclosureArquillianIT {
    static final String DEMO = "Madang!2026";
    static final String PUBLISHER = "publisher@madang.go.kr";
    static final String SEOUL_PUBLISHER = "publisher.seoul@madang.go.kr";

    @Deployment
    static WebArchive deployment() {
        return Deployments.fullWar();
    }

    @Inject
    Publishing publishing;
    @Inject
    ReleasePublishing releases;
    @Inject
    OpenCatalogue catalogue;
    @Inject
    Callers callers;
    @Inject
    HttpServletRequest request;

    static String unique(String prefix) {
        // a made-up word no dictionary knows, so each test finds only its own items
        return prefix + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
    }

    static PublicationForm form(PublicationType type, String titleKo, String titleEn, String keywords) {
        return new PublicationForm(type, type == PublicationType.DATASET ? PublicationCategory.DATA : PublicationCategory.REPORT,
                titleKo, titleEn, titleKo + " 요약", titleEn + " summary", "공공기관의 정보공개에 관한 법률 제7조", keywords,
                Licence.KOGL_1);
    }

    long publish(String user, PublicationForm f, Upload file) throws Exception {
        return callers.as(user, DEMO, () -> {
            long id = publishing.draft(f, file);
            publishing.publish(id, null);
            return id;
        });
    }

    SearchPage search(String q) {
        return catalogue.search(new SearchRequests.Raw(q, null, null, null, null, null, null, 0, 20, null));
    }

    List<Long> ids(SearchPage p) {
        return p.hits().stream().map(h -> h.hit().id()).toList();
    }

    static byte[] bytes(OpenCatalogueFile f) throws Exception {
        try (InputStream in = f.open()) {
            return in.readAllBytes();
        }
    }

    interface OpenCatalogueFile {
        InputStream open();
    }

    @Test
    void publishedIsSearchableAtOnceInKoreanWithHighlightAndFacets() throws Exception {
        String word = unique("마당");
        long id = publish(PUBLISHER, form(PublicationType.DOCUMENT, "주민등록 " + word + " 개선 보고서", "Report " + word, "주민등록"),
                OpenFiles.pdf("report.pdf", "서울시의 이사하는 가구를 위한 " + word + " 안내입니다."));
        SearchPage p = search("서울시 이사 " + word);
        assertThat(ids(p).get(0)).isEqualTo(id);
        assertThat(ids(search(word))).containsExactly(id);
        assertThat(p.hits().get(0).hit().snippetHtml()).contains("<mark>");
        assertThat(p.agencies()).anyMatch(f -> f.value().equals("MOIS") && f.count() == 1);
        assertThat(catalogue.publication(id).phase()).isEqualTo(PublicationPhase.PUBLISHED);
        assertThat(count("select count(*) from audit_record where action = 'open.publish' and target = ? and outcome = 'SUCCESS'",
                "publication:" + id)).isEqualTo(1);
        // a draft is nowhere to be seen
        long draft = callers.as(PUBLISHER, DEMO, () -> publishing.draft(form(PublicationType.DOCUMENT, "초안 " + word, "Draft " + word, null),
                OpenFiles.pdf("d.pdf", "초안 " + word)));
        assertThat(ids(search(word))).containsExactly(id);
        assertThatThrownBy(() -> catalogue.publication(draft)).isInstanceOf(NotFound.class);
    }

    @Test
    void theSearchAnswerKeptForAnonymousReadersIsReplacedAsSoonAsSomethingIsPublished() throws Exception {
        String word = unique("보관");
        URI uri = URI.create(request.getScheme() + "://localhost:" + request.getLocalPort() + request.getContextPath()
                + "/api/open/publications?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> before = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(before.body()).contains("\"total\":0");
        assertThat(http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body())
                .isEqualTo(before.body()); // kept, and answered again
        String keptTag = before.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("kept without a validator"));
        assertThat(before.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).startsWith("public"));
        assertThat(http.send(HttpRequest.newBuilder(uri).header("If-None-Match", keptTag).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).as("unchanged: 304").isEqualTo(304);
        long id = publish(PUBLISHER, form(PublicationType.DOCUMENT, "보관 시험 " + word, "Kept " + word, null),
                OpenFiles.pdf("kept.pdf", "보관 " + word));
        // the browser's copy is out of date: the whole new answer, with a new tag
        HttpResponse<String> after = http.send(HttpRequest.newBuilder(uri).header("If-None-Match", keptTag).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("\"total\":1", "\"id\":" + id);
        assertThat(after.headers().firstValue("ETag")).isPresent().isNotEqualTo(Optional.of(keptTag));
        // a signed-in reader's request is never answered from (or kept in) the store
        HttpResponse<String> withCookie = http.send(HttpRequest.newBuilder(uri).header("Cookie", "JSESSIONID=x").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withCookie.body()).contains("\"total\":1");
        assertThat(withCookie.headers().firstValue("Cache-Control")).hasValue("private, no-store");
        assertThat(withCookie.headers().firstValue("ETag")).isEmpty();
    }

    @Test
    void aNewVersionKeepsTheOldFileDownloadableAndIsSearchedInstead() throws Exception {
        String oldWord = unique("옛");
        String newWord = unique("새");
        long id = publish(PUBLISHER, form(PublicationType.DOCUMENT, "판 시험 " + oldWord, "Versions", null),
                OpenFiles.pdf("v1.pdf", "첫 판 " + oldWord));
        byte[] v1 = bytes(() -> catalogue.file(id, 1).content().get());
        callers.as(PUBLISHER, DEMO, () -> {
            assertThatThrownBy(() -> publishing.newVersion(id, OpenFiles.pdf("v2.pdf", "x"), " ", false))
                    .isInstanceOf(InvalidInput.class);
            publishing.newVersion(id, OpenFiles.pdf("v2.pdf", "둘째 판 " + newWord), "오탈자 수정", false);
            return null;
        });
        assertThat(bytes(() -> catalogue.file(id, 1).content().get())).isEqualTo(v1);
        assertThat(catalogue.file(id, 2).fileName()).isEqualTo("v2.pdf");
        assertThat(catalogue.file(id, 0).fileName()).isEqualTo("v2.pdf");
        assertThat(catalogue.publication(id).versions()).extracting(v -> v.reason()).containsExactly("오탈자 수정", null);
        assertThat(ids(search(newWord))).containsExactly(id);
        assertThat(ids(search(oldWord))).containsExactly(id); // still in the title
        assertThat(search("첫 판 " + oldWord).hits().get(0).hit().versionNumber()).isEqualTo(2);
        assertThat(count("select count(*) from audit_record where action = 'open.replace' and target = ?", "publication:" + id))
                .isEqualTo(2); // the refused attempt and the success
    }

    @Test
    void withdrawalHidesFromSearchButKeepsThePageAndFiles() throws Exception {
        String word = unique("철회");
        long id = publish(PUBLISHER, form(PublicationType.DOCUMENT, "철회 시험 " + word, "Withdrawal", null),
                OpenFiles.pdf("w.pdf", "본문 " + word));
        assertThat(ids(search(word))).containsExactly(id);
        callers.as(PUBLISHER, DEMO, () -> {
            assertThatThrownBy(() -> publishing.withdraw(id, "")).isInstanceOf(InvalidInput.class);
            publishing.withdraw(id, "계획이 바뀌었습니다");
            assertThatThrownBy(() -> publishing.withdraw(id, "again")).isInstanceOf(Conflict.class);
            return null;
        });
        assertThat(search(word).total()).isZero();
        var page = catalogue.publication(id);
        assertThat(page.phase()).isEqualTo(PublicationPhase.WITHDRAWN);
        assertThat(page.withdrawalReason()).isEqualTo("계획이 바뀌었습니다");
        assertThat(catalogue.file(id, 1).sizeBytes()).isPositive();
    }

    @Test
    void personalDataBlocksPublicationUntilConfirmedAndNothingIsHalfPublished() throws Exception {
        String word = unique("개인");
        long id = callers.as(PUBLISHER, DEMO, () -> publishing.draft(form(PublicationType.DOCUMENT, "명단 " + word, "List", null),
                OpenFiles.pdf("list.pdf", "신청인 김민준 850314-1234567 연락처 010-1234-5678 " + word)));
        callers.as(PUBLISHER, DEMO, () -> {
            var preview = publishing.preview(id);
            assertThat(preview.residentNumbers()).isEqualTo(1);
            assertThat(preview.phoneNumbers()).isEqualTo(1);
            assertThat(preview.blocked()).isTrue();
            assertThatThrownBy(() -> publishing.publish(id, null)).isInstanceOf(PersonalDataFound.class);
            return null;
        });
        assertThat(search(word).total()).isZero();
        assertThatThrownBy(() -> catalogue.publication(id)).isInstanceOf(NotFound.class);
        // replacing the file clears the finding; a new version with a resident number is refused unless confirmed
        callers.as(PUBLISHER, DEMO, () -> {
            publishing.replaceDraftFile(id, OpenFiles.pdf("list.pdf", "개인정보를 지운 명단 " + word));
            publishing.publish(id, null);
            long versions = count("select count(*) from publication_version where publication_id = ?", id);
            assertThatThrownBy(() -> publishing.newVersion(id, OpenFiles.pdf("v2.pdf", "주민번호 900509-6123456"), "추가", false))
                    .isInstanceOf(PersonalDataFound.class);
            assertThat(count("select count(*) from publication_version where publication_id = ?", id)).isEqualTo(versions);
            publishing.newVersion(id, OpenFiles.pdf("v2.pdf", "기관 대표번호 02-2100-3000 " + word), "대표번호 추가", true);
            return null;
        });
        assertThat(ids(search(word))).containsExactly(id);
        assertThat(row("select pii_confirmed_by from publication_version where publication_id = ? and number = 2", id)[0])
                .isNotNull();
    }

    @Test
    void anotherDepartmentsPublisherSeesNothingOfIt() throws Exception {
        long id = callers.as(PUBLISHER, DEMO, () -> publishing.draft(form(PublicationType.DOCUMENT, "부서 시험", "Dept", null),
                OpenFiles.pdf("d.pdf", "부서")));
        callers.as(SEOUL_PUBLISHER, DEMO, () -> {
            assertThatThrownBy(() -> publishing.preview(id)).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> publishing.publish(id, null)).isInstanceOf(NotFound.class);
            assertThat(publishing.list()).noneMatch(l -> l.id() == id);
            return null;
        });
        assertThatThrownBy(() -> callers.as("citizen@madang.go.kr", DEMO, () -> publishing.list()))
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);
    }

    @Test
    void badFilesAndBadSearchesGetClearRefusals() throws Exception {
        callers.as(PUBLISHER, DEMO, () -> {
            PublicationForm f = form(PublicationType.DOCUMENT, "나쁜 파일", "Bad file", null);
            assertThatThrownBy(() -> publishing.draft(f, new Upload("big.pdf", new byte[21 * 1024 * 1024])))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("open.file.tooLarge");
            assertThatThrownBy(() -> publishing.draft(f, new Upload("x.pdf", "not a pdf".getBytes())))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("open.file.unreadable");
            assertThatThrownBy(() -> publishing.draft(f, new Upload("x.docx", new byte[] {1, 2})))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("open.file.format");
            assertThatThrownBy(() -> publishing.draft(form(PublicationType.DATASET, "데이터", "Data", null),
                    OpenFiles.pdf("x.pdf", "표"))).isInstanceOf(InvalidInput.class).hasMessageContaining("open.file.datasetFormat");
            return null;
        });
        assertThat(count("select count(*) from publication where title_ko in ('나쁜 파일', '데이터')")).isZero();
        long scan = publish(PUBLISHER, form(PublicationType.DOCUMENT, "스캔 문서 " + unique("스캔"), "Scan", "스캔"),
                OpenFiles.scan("scan.pdf"));
        assertThat(catalogue.publication(scan).getCurrent().isTextSearchable()).isFalse();

        assertThatThrownBy(() -> catalogue.search(new SearchRequests.Raw(null, List.of("NOPE"), null, null, null, null, null, 0, 20, null)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("open.search.unknownFilter");
        assertThatThrownBy(() -> catalogue.search(new SearchRequests.Raw(null, null, List.of("SECRET"), null, null, null, null, 0, 20, null)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> catalogue.search(new SearchRequests.Raw(null, null, null, null, null, List.of("20x6"), null, 0, 20, null)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> catalogue.search(new SearchRequests.Raw(null, null, null, null, null, null, null, 0, 20, "%%%not-a-cursor")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("open.search.badCursor");
        assertThatThrownBy(() -> search("가".repeat(2000))).isInstanceOf(InvalidInput.class).hasMessageContaining("open.search.tooLong");
        assertThatThrownBy(() -> search("!!! ??? ***")).isInstanceOf(InvalidInput.class).hasMessageContaining("open.search.noWords");
        // query syntax characters among words are no error
        assertThat(search("\"주민등록 -(( 개선* ~").total()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void cursorPagingReturnsEveryItemOnceWhileItemsAreAdded() throws Exception {
        String word = unique("페이지");
        Set<Long> expected = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            expected.add(publish(PUBLISHER, form(PublicationType.DOCUMENT, "목록 " + word + " " + i, "Paging " + i, word),
                    OpenFiles.csv("p.txt", "본문 " + word + " " + i)));
        }
        List<Long> seen = new java.util.ArrayList<>();
        String cursor = null;
        int added = 0;
        do {
            SearchPage p = catalogue.search(new SearchRequests.Raw(word, null, null, null, null, null, "date", 0, 3, cursor));
            seen.addAll(ids(p));
            cursor = p.nextCursor();
            if (added++ < 2) { // items published between pages
                expected.add(publish(PUBLISHER, form(PublicationType.DOCUMENT, "추가 " + word + " " + added, "Added", word),
                        OpenFiles.csv("a.txt", "추가 " + word)));
            }
        } while (cursor != null);
        assertThat(seen).doesNotHaveDuplicates();
        // everything that existed before paging began, once; items added meanwhile are newer and come first in a new listing
        assertThat(seen).containsAll(expected.stream().sorted().limit(7).toList());
    }

    @Test
    void aReleasedFileIsPublishedLinkedToItsRequest() throws Exception {
        long dept = org.madang.testsupport.incontainer.Db.department("NTS", "JONGNO_TAX");
        String word = unique("청구");
        var released = callers.as("officer@madang.go.kr", DEMO, () -> releases.publishReleased(new ReleasePublishing.ReleasedFile(
                "REQ-2026-000123", dept, "청구 공개 " + word, "Released " + word, null, null, "정보공개법 제13조",
                OpenFiles.pdf("release.pdf", "공개 결정 문서 " + word))));
        assertThat(released.published()).isTrue();
        var page = catalogue.publication(released.publicationId());
        assertThat(page.requestReference()).isEqualTo("REQ-2026-000123");
        assertThat(page.category()).isEqualTo(PublicationCategory.RELEASE);
        assertThat(page.agency().code()).isEqualTo("NTS");
        assertThat(ids(search(word))).containsExactly(released.publicationId());
    }

    @Test
    void scheduledItemsStayHiddenUntilTheirTime() throws Exception {
        String word = unique("예정");
        long id = callers.as(PUBLISHER, DEMO, () -> {
            long d = publishing.draft(form(PublicationType.DOCUMENT, "예정 " + word, "Scheduled", null), OpenFiles.pdf("s.pdf", word));
            assertThatThrownBy(() -> publishing.publish(d, Instant.now().minus(1, ChronoUnit.DAYS)))
                    .isInstanceOf(InvalidInput.class);
            publishing.publish(d, Instant.now().plus(2, ChronoUnit.DAYS));
            assertThat(publishing.preview(d).publication().phase()).isEqualTo(PublicationPhase.SCHEDULED);
            return d;
        });
        assertThat(search(word).total()).isZero();
        assertThatThrownBy(() -> catalogue.publication(id)).isInstanceOf(NotFound.class);
    }

    @Test
    void koreanSearchFindsTheExpectedDocumentInTheFirstFive() throws Exception {
        KoreanSearchQuality.Report report = new KoreanSearchQuality(this::publishQuality, this::search).run();
        System.out.println(report);
        assertThat(report.pairs()).isGreaterThanOrEqualTo(30);
        assertThat(report.foundInTopFive()).isGreaterThanOrEqualTo((int) Math.ceil(report.pairs() * 0.9));
    }

    private long publishQuality(PublicationForm f, Upload file) {
        try {
            return publish(PUBLISHER, f, file);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
