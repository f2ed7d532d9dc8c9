package org.madang.services.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.madang.platform.notification.Notice;
import org.madang.services.domain.Application;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells the applicant about every change to their application (status, officer, due date,
 * payment): a {@link Notice} the notification context turns into an inbox message and an e-mail
 * in the applicant's language. Arguments: {0} the receipt number, {1} the service's Korean name,
 * {2} its English name, {3} the reason or detail where there is one.
 */
@ApplicationScoped
public class ApplicationNotices {
    static final String CATEGORY = "services.application";

    @Inject
    Event<Notice> notices;
    @Inject
    Catalogue catalogue;
    @Inject
    ApplicationProgress progress;

    void tell(Application a, String event, String... detail) {
        progress.changed(a); // every change the applicant is told of is one the indicators count
        ServiceView s = catalogue.get(a.getServiceId());
        List<String> args = new ArrayList<>(List.of(a.reference(), s.nameKo(), s.nameEn()));
        args.addAll(List.of(detail));
        notices.fire(new Notice(a.getApplicantId(), "services.application.notice." + event + ".subject",
                "services.application.notice." + event + ".body", args,
                "/my/application.xhtml?number=" + a.reference(), CATEGORY));
    }
}
