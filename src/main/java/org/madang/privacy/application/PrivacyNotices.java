package org.madang.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.madang.platform.notification.Notice;
import org.madang.privacy.domain.AccessQuestion;
import org.madang.privacy.domain.DataRequest;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The notices the privacy context sends (the notification context delivers them to the inbox and by
 * e-mail, in each recipient's language). Arguments are language-neutral: numbers, dates as
 * yyyy-MM-dd HH:mm in the portal's time zone, and agency names in both languages (the Korean
 * text uses one, the English the other).
 */
@ApplicationScoped
public class PrivacyNotices {
    public static final String CATEGORY = "privacy";

    @Inject
    Event<Notice> notices;
    @Inject
    ZoneId zone;

    /** To each privacy officer who must answer. */
    void questionAsked(AccessQuestion q, List<Long> officers) {
        for (long officer : officers) {
            notices.fire(new Notice(officer, "privacy.notice.questionAsked.subject",
                    "privacy.notice.questionAsked.body", List.of(String.valueOf(q.getId()), time(q.getDueAt())),
                    "/office/privacy/question.xhtml?id=" + q.getId(), CATEGORY));
        }
    }

    /** To the citizen who asked. */
    void questionAnswered(AccessQuestion q) {
        notices.fire(new Notice(q.getSubjectAccountId(), "privacy.notice.questionAnswered.subject",
                "privacy.notice.questionAnswered.body", List.of(String.valueOf(q.getId())),
                "/my/privacy/questions.xhtml", CATEGORY));
    }

    /** To the portal's privacy officers, who decide corrections of the portal's own records. */
    void correctionRequested(DataRequest r, List<Long> deciders) {
        for (long decider : deciders) {
            notices.fire(new Notice(decider, "privacy.notice.correctionRequested.subject",
                    "privacy.notice.correctionRequested.body", List.of(String.valueOf(r.getId()), time(r.getDueAt())),
                    "/office/privacy/request.xhtml?id=" + r.getId(), CATEGORY));
        }
    }

    /** To the person who asked for the correction. */
    void correctionDecided(DataRequest r) {
        String key = r.getStatus() == DataRequest.Status.ACCEPTED ? "privacy.notice.correctionAccepted"
                : "privacy.notice.correctionRejected";
        notices.fire(new Notice(r.getAccountId(), key + ".subject", key + ".body",
                List.of(String.valueOf(r.getId())), "/my/privacy/requests.xhtml", CATEGORY));
    }

    /** To a citizen who asked to be alerted: their data was read outside an application of theirs. */
    void readAlert(long subject, Instant at, ActorDirectory.Unit agency) {
        notices.fire(new Notice(subject, "privacy.notice.readAlert.subject", "privacy.notice.readAlert.body",
                List.of(time(at), agency.agencyNameKo(), agency.agencyNameEn()), "/my/privacy/", CATEGORY));
    }

    String time(Instant t) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone).format(t);
    }
}
