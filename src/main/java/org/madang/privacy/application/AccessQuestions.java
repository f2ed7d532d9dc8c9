package org.madang.privacy.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.NotFound;
import org.madang.platform.privacy.OwnDataOnly;
import org.madang.platform.privacy.PersonalDataAccess;
import org.madang.platform.privacy.PurposeReference;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;
import org.madang.privacy.infrastructure.AccessLogEntries;
import org.madang.privacy.domain.AccessLogEntry;
import org.madang.privacy.domain.AccessQuestion;
import org.madang.privacy.infrastructure.PrivacyRecords;
import org.madang.privacy.infrastructure.SubjectAccesses;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * "Ask why": a citizen asks about one read of their data; the question goes to the privacy
 * officers of the reader's agency, who answer within the legal limit (10 days,
 * {@code MADANG_PRIVACY_ANSWER_DAYS}); the answer is sent to the citizen. Overdue questions are
 * marked for both sides.
 */
@Stateless
@RolesAllowed(Roles.CITIZEN)
public class AccessQuestions {
    static final int LIST_MAX = 200;

    @Inject
    PrivacyRecords records;
    @Inject
    SubjectAccesses accesses;
    @Inject
    AccessLogEntries entries;
    @Inject
    Readers readers;
    @Inject
    PrivacyNotices notices;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "MADANG_PRIVACY_ANSWER_DAYS", defaultValue = "10")
    int answerDays;

    /** Asks why one read of my data happened; returns the question's number. */
    @Audited("privacy.askWhy")
    public long ask(@AuditTarget("access") long sequence,
                    @NotBlank @Size(max = AccessQuestion.QUESTION_MAX) String question) {
        long me = currentUser.accountId();
        Instant now = Instant.now(clock);
        AccessLogEntry e = accesses.visibleEntry(me, sequence, now)
                .orElseThrow(() -> new NotFound("privacy.access.notFound"));
        if (records.openQuestion(me, sequence).isPresent()) {
            throw new Conflict("privacy.question.alreadyOpen");
        }
        String agency = readers.answeringAgency(e);
        AccessQuestion q = records.add(new AccessQuestion(e, me, agency, question, now, Duration.ofDays(answerDays)));
        notices.questionAsked(q, readers.privacyOfficers(agency));
        return q.getId();
    }

    /** My questions, newest first, with the read each is about. */
    @OwnDataOnly
    public List<PrivacyViews.QuestionView> mine() {
        long me = currentUser.accountId();
        Instant now = Instant.now(clock);
        var memo = readers.memo();
        return records.questionsOf(me).stream()
                .map(q -> PrivacyViews.QuestionView.of(q, access(q, memo), now)).toList();
    }

    /** The questions my agency must answer: open ones first, soonest due first; no citizen's words. */
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    public List<PrivacyViews.QuestionSummary> forMyAgency() {
        Instant now = Instant.now(clock);
        return records.questionsFor(List.of(myAgency()), LIST_MAX).stream()
                .map(q -> PrivacyViews.QuestionSummary.of(q, entries.find(q.getAccessSequence()).orElse(null), now))
                .toList();
    }

    /** The agency the calling privacy officer answers for. */
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    public String myAgency() {
        return readers.agencyOfOfficer(currentUser.actorId(), currentUser.getDepartmentId());
    }

    /** One question in full, to answer it; the citizen sees in their log that it was read, by whom. */
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    @PersonalDataAccess(purpose = "privacy.purpose.answerQuestion", fields = {"question", "accessRecord"})
    public PrivacyViews.QuestionDetails open(@PurposeReference long id) {
        AccessQuestion q = mineToAnswer(id);
        return new PrivacyViews.QuestionDetails(
                PrivacyViews.QuestionView.of(q, access(q, readers.memo()), Instant.now(clock)),
                entries.find(q.getAccessSequence()).map(AccessLogEntry::getActor).orElse(""));
    }

    @RolesAllowed(Roles.PRIVACY_OFFICER)
    @Audited("privacy.answerQuestion")
    public void answer(@AuditTarget("question") long id,
                       @NotBlank @Size(max = AccessQuestion.ANSWER_MAX) String answer) {
        AccessQuestion q = mineToAnswer(id);
        q.answer(currentUser.actorId(), me(), answer, Instant.now(clock));
        notices.questionAnswered(q);
    }

    private String me() {
        return readers.nameOf(currentUser.actorId(), currentUser.getDisplayName());
    }

    private AccessQuestion mineToAnswer(long id) {
        AccessQuestion q = records.question(id);
        if (!q.getAgencyCode().equals(myAgency())) {
            // the same answer as for an unknown id: another agency's officer learns nothing of the question
            throw new NotFound("privacy.question.notFound");
        }
        return q;
    }

    private PrivacyViews.AccessView access(AccessQuestion q, java.util.Map<Long, ActorDirectory.Unit> memo) {
        return entries.find(q.getAccessSequence())
                .map(e -> readers.accessView(e, memo, q.getStatus() == AccessQuestion.Status.OPEN ? q.getId() : null))
                .orElse(null);
    }
}
