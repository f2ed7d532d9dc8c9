package org.madang.services;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.madang.identity.application.AccountSelfService;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.MadangPrincipal;
import org.madang.services.application.ApplicationAnswersInvalid.Problem;
import org.madang.services.application.ApplicationViews.AnswerLine;
import org.madang.services.application.Applying;
import org.madang.services.application.Catalogue;
import org.madang.services.application.FieldDefinition;
import org.madang.services.application.FormDefinition;
import org.madang.services.application.PageAnswers;
import org.madang.services.application.PageAnswers.FileGiven;
import org.madang.services.application.PageAnswers.RecordPick;
import org.madang.services.application.PageSaved;
import org.madang.services.bundle.application.BundleApplying;
import org.madang.services.bundle.application.BundleCatalogue;
import org.madang.services.bundle.application.BundleForm;
import org.madang.services.bundle.application.BundleForm.BundlePage;
import org.madang.services.bundle.application.BundleViews.BundleView;
import org.madang.services.bundle.application.BundleViews.PartSpec;
import org.madang.services.domain.FieldType;
import org.madang.testsupport.Deployments;
import org.madang.testsupport.incontainer.Callers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.madang.testsupport.incontainer.Db.count;
import static org.madang.testsupport.incontainer.Db.row;

/**
 * The form pages' commands, one transaction per click: a refused answer, file or document comes
 * back as a problem on its question while everything else of the click is kept (files above all,
 * so nobody chooses them again), and the bundle's Submit saves and files in one call.
 */
@ExtendWith(ArquillianExtension.class)
class FormPagesArquillianIT {
    static final String DEMO = "Madang!2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.fullWar();
    }

    @Inject
    Applying applying;
    @Inject
    Catalogue catalogue;
    @Inject
    BundleForm bundleForm;
    @Inject
    BundleApplying bundles;
    @Inject
    BundleCatalogue offer;
    @Inject
    AccountSelfService accounts;
    @Inject
    Callers callers;
    @Inject
    HttpServletRequest request;

    void as(String email) throws Exception {
        callers.signOut();
        callers.signIn(email, DEMO);
        Object[] row = row("select id, name, department_id from account where email = ?", email);
        CurrentUser.remember(request.getSession(true), new MadangPrincipal(((Number) row[0]).longValue(),
                (String) row[1], row[2] == null ? null : ((Number) row[2]).longValue()));
    }

    static PageAnswers page(Map<String, String> text, List<FileGiven> files, List<RecordPick> picks) {
        return new PageAnswers(text, Map.of(), Map.of(), files, picks);
    }

    static String answer(List<AnswerLine> answers, String key) {
        return answers.stream().filter(a -> a.key().equals(key)).map(AnswerLine::value).findFirst().orElse(null);
    }

    @Test
    void aRefusedAnswerKeepsTheFilesAndARefusedFileKeepsTheAnswers() throws Exception {
        as("citizen@madang.go.kr");
        long serviceId = catalogue.findByCode("BUSINESS_REGISTRATION").orElseThrow().id();
        String draft = applying.startDraft(serviceId);

        // page 1: an impossible date; nothing of the page's answers is stored, the date is named
        PageSaved first = applying.savePage(draft, 1, page(Map.of("tradeName", "마당상사", "startDate", "2026-13-45"),
                List.of(), List.of()));
        assertThat(first.refused()).extracting(Problem::fieldKey, Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("startDate", "services.application.field.date"));
        assertThat(answer(applying.myApplication(draft).answers(), "tradeName")).isNull();

        // page 2: an impossible option and a document from records without consent; the file is kept
        PageSaved second = applying.savePage(draft, 2, page(Map.of("address", "서울특별시 종로구", "premises", "castle"),
                List.of(new FileGiven("lease", "임대차계약서.png", ApplicationFixtures.PNG)),
                List.of(new RecordPick("lease", "RESIDENT_REGISTRATION:", false))));
        assertThat(second.refused()).extracting(Problem::fieldKey).containsExactlyInAnyOrder("premises", "lease");
        assertThat(second.refused()).extracting(Problem::messageKey)
                .contains("services.application.field.option", "services.sharing.consentRequired");
        assertThat(applying.myApplication(draft).attachments()).extracting(a -> a.fileName())
                .containsExactly("임대차계약서.png");

        // page 2 again: a file that is no PDF, JPEG or PNG is refused, the possible answers are kept
        byte[] notAnImage = "MZ not an image".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        PageSaved third = applying.savePage(draft, 2, page(Map.of("address", "서울특별시 종로구 세종대로 209"),
                List.of(new FileGiven("lease", "계약서.pdf", notAnImage)), List.of()));
        assertThat(third.refused()).extracting(Problem::messageKey).containsExactly("services.application.attachment.type");
        assertThat(answer(applying.myApplication(draft).answers(), "address")).isEqualTo("서울특별시 종로구 세종대로 209");
        assertThat(applying.myApplication(draft).attachments()).hasSize(1);

        // a kept page still names what it lacks before going on
        PageSaved fourth = applying.savePage(draft, 1, page(Map.of("tradeName", "마당상사", "startDate", "2026-03-02"),
                List.of(), List.of()));
        assertThat(fourth.kept()).isTrue();
        assertThat(fourth.incomplete()).extracting(Problem::fieldKey).containsExactly("businessType");
        assertThat(answer(applying.myApplication(draft).answers(), "startDate")).isEqualTo("2026-03-02");
        assertThat(count("select count(*) from audit_record where action = 'application.savePage' and target = ?",
                "application:" + draft)).isEqualTo(4);
    }

    @Test
    void theBundlesSubmitSavesAndFilesInOneCallOrSaysWhatIsWrong() throws Exception {
        as("business@madang.go.kr");
        BundleView bundle = offer.findByCode("START_BUSINESS").orElseThrow();
        long business = accounts.businessesIRepresent().get(0).businessId();
        String key = bundles.start(bundle.id(), business);
        Map<String, String> shared = new HashMap<>();
        bundle.sharedFields().forEach(f -> shared.put(f.key(), f.key().equals("businessNumber") ? "220-81-12341"
                : f.key().equals("capital") ? "500000" : "서울특별시 종로구 세종대로 209"));
        Map<Integer, PageAnswers> parts = new HashMap<>();
        String impossibleKey = null;
        for (PartSpec p : bundle.parts()) {
            Map<String, String> own = new HashMap<>(ApplicationFixtures.answers(new FormDefinition(p.service().id(),
                    p.ownFields())));
            own.keySet().retainAll(p.ownFields().stream().map(FieldDefinition::key).toList());
            List<FileGiven> files = new ArrayList<>();
            for (FieldDefinition f : p.ownFields()) {
                if (f.type() == FieldType.FILE && f.required()) {
                    files.add(new FileGiven(f.key(), f.key() + ".pdf", ApplicationFixtures.PDF));
                } else if (impossibleKey == null && f.type() == FieldType.DATE) {
                    own.put(f.key(), "2026-02-30");
                    impossibleKey = p.service().code() + "." + f.key();
                }
            }
            parts.put(p.position(), page(own, files, List.of()));
        }
        assertThat(impossibleKey).as("a part of START_BUSINESS asks a date").isNotNull();

        List<Problem> refused = bundleForm.checkPage(key, new BundlePage(shared, parts));
        assertThat(refused).extracting(Problem::fieldKey).containsExactly(impossibleKey);
        var draft = bundles.myFiling(key);
        assertThat(draft.isDraft()).isTrue();
        assertThat(draft.parts()).allSatisfy(p -> assertThat(p.application().attachments()).as("files kept")
                .hasSize((int) bundle.part(p.position()).ownFields().stream()
                        .filter(f -> f.type() == FieldType.FILE && f.required()).count()));

        Map<Integer, PageAnswers> corrected = new HashMap<>();
        String impossible = impossibleKey;
        parts.forEach((position, answers) -> {
            Map<String, String> text = new HashMap<>(answers.text());
            text.replaceAll((k, v) -> impossible.endsWith("." + k) && "2026-02-30".equals(v) ? "2026-02-27" : v);
            corrected.put(position, page(text, List.of(), List.of()));
        });
        assertThat(bundleForm.checkPage(key, new BundlePage(shared, corrected))).isEmpty();
        assertThat(bundles.myFiling(key).isDraft()).as("checking files nothing").isTrue();
        assertThat(bundles.submit(key)).isNotNull();
        assertThat(bundles.myFiling(key).isDraft()).isFalse();
    }
}
