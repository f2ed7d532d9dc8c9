package org.madang.disclosure.request.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.madang.disclosure.request.domain.DisclosureRequest;
import org.madang.platform.notification.Notice;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells the requester about every change to their request: an inbox message and an e-mail in
 * their language. Arguments: {0} the receipt number, {1} the subject, {2} a date or detail.
 */
@ApplicationScoped
public class RequestNotices {
    static final String CATEGORY = "disclosure.request";

    @Inject
    Event<Notice> notices;

    void tell(DisclosureRequest r, String event, String... detail) {
        List<String> args = new ArrayList<>(List.of(r.getNumberText(), r.getDetails().getSubject()));
        args.addAll(List.of(detail));
        notices.fire(new Notice(r.getRequesterId(), "disclosure.request.notice." + event + ".subject",
                "disclosure.request.notice." + event + ".body", args,
                "/my/requests/request.xhtml?number=" + r.getNumberText(), CATEGORY));
    }
}
