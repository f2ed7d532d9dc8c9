package org.madang.performance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.madang.disclosure.request.application.DisclosureDecided;
import org.madang.performance.domain.Survey;
import org.madang.performance.infrastructure.SurveyRepository;
import org.madang.platform.notification.Notice;
import org.madang.services.application.ApplicationEnded;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Asks "how did it go?" at every ending, not only at success: an application approved, rejected or
 * withdrawn after filing, a disclosure request decided. Once per ending (the table's unique key),
 * by an inbox notice (and e-mail) linking to the question; the status page links to it too.
 */
@ApplicationScoped
public class SatisfactionQuestions {
    static final String CATEGORY = "performance.survey";

    @Inject
    SurveyRepository surveys;
    @Inject
    Event<Notice> notices;
    @Inject
    Clock clock;

    void applicationEnded(@Observes ApplicationEnded e) {
        ask(Survey.Kind.APPLICATION, e.applicationId(), e.receiptNumber(), e.ending().name(), e.applicantId(),
                e.serviceId(), e.departmentId());
    }

    void disclosureDecided(@Observes DisclosureDecided e) {
        ask(Survey.Kind.DISCLOSURE, e.requestId(), e.requestNumber(), e.decision(), e.requesterId(), null,
                e.departmentId());
    }

    private void ask(Survey.Kind kind, long subjectId, String ref, String ending, long respondent, Long service,
                     long department) {
        if (surveys.ask(kind, subjectId, ref, ending, respondent, service, department, Instant.now(clock)).isPresent()) {
            notices.fire(new Notice(respondent, "performance.survey.notice.subject", "performance.survey.notice.body",
                    List.of(ref), "/my/survey.xhtml?number=" + ref, CATEGORY));
        }
    }
}
