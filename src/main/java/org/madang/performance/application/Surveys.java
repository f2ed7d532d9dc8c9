package org.madang.performance.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.madang.performance.domain.MonthKey;
import org.madang.performance.domain.Survey;
import org.madang.performance.infrastructure.IndicatorRepository;
import org.madang.performance.infrastructure.SurveyRepository;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.Forbidden;
import org.madang.platform.error.NotFound;
import org.madang.platform.privacy.OwnDataOnly;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeMap;

/**
 * The person answers the question about their own case; the department reads the comments (with
 * personal data already stripped, and without the person's name or number).
 */
@Stateless
@RolesAllowed({Roles.CITIZEN, Roles.BUSINESS_REPRESENTATIVE})
public class Surveys {
    static final int COMMENTS_SHOWN = 100;

    @Inject
    SurveyRepository surveys;
    @Inject
    IndicatorRepository indicators;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;
    @Inject
    ZoneId zone;

    /** The question about one's own case, as the survey page shows it. */
    public record Question(String reference, String kind, String ending, boolean answered) implements Serializable {
    }

    /** A comment as the department reads it: the case's ending and the ratings, nobody named. */
    public record Comment(Instant answeredAt, String kind, String ending, int overall, int ease, int speed,
                          String text) implements Serializable {
    }

    @OwnDataOnly
    public Question mine(@NotBlank @Size(max = 40) String reference) {
        Survey s = surveys.latest(currentUser.accountId(), reference.strip())
                .orElseThrow(() -> new NotFound("performance.survey.notFound"));
        return new Question(s.getSubjectRef(), s.getKind().name(), s.getEnding(), s.isAnswered());
    }

    /** Answers once; an answer about an application counts in its month's satisfaction at once. */
    @Audited("performance.survey.answer")
    public void answer(@AuditTarget("survey") @NotBlank @Size(max = 40) String reference, int overall, int ease,
                       int speed, @Size(max = Survey.COMMENT_MAX) String comment) {
        Survey s = surveys.latest(currentUser.accountId(), reference.strip())
                .orElseThrow(() -> new NotFound("performance.survey.notFound"));
        s.answer(currentUser.accountId(), overall, ease, speed, comment, Instant.now(clock));
        if (s.getKind() == Survey.Kind.APPLICATION && s.getServiceId() != null) {
            TreeMap<MonthKey, org.madang.performance.domain.MonthlyCounts> delta = new TreeMap<>();
            delta.put(new MonthKey(YearMonth.from(s.getAnsweredAt().atZone(zone)), s.getServiceId(),
                    s.getDepartmentId()), s.contribution());
            indicators.apply(delta);
        }
    }

    /** The comments about the caller's department's cases, newest first. */
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    public List<Comment> departmentComments() {
        Long department = currentUser.getDepartmentId();
        if (department == null) {
            throw new Forbidden("performance.survey.noDepartment");
        }
        return surveys.comments(department, COMMENTS_SHOWN).stream()
                .map(s -> new Comment(s.getAnsweredAt(), s.getKind().name(), s.getEnding(), s.getOverall(), s.getEase(),
                        s.getSpeed(), s.getComment())).toList();
    }
}
