package org.madang.disclosure.request.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.disclosure.request.domain.DisclosureRequest;
import org.madang.disclosure.request.infrastructure.DisclosureRequestRepository;

import java.util.List;

/**
 * Marks undecided requests overdue on their overdue day and tells each requester, who may object
 * from then. Safe to run any number of times: a request is marked once ({@link
 * DisclosureRequest#markOverdue} answers false the second time). {@code @PermitAll}: it only does
 * what the dates say is due, whoever runs it (the daily timer, a test).
 */
@Stateless
@PermitAll
public class OverdueSweep {
    static final int BATCH = 500;

    @Inject
    DisclosureRequestRepository requests;
    @Inject
    RequestCalendar calendar;
    @Inject
    RequestNotices notices;
    @Inject
    RequestStatistics statistics;

    /** The requests whose overdue day has come and that are not marked yet. */
    public List<Long> due() {
        return requests.dueForOverdue(calendar.today(), BATCH);
    }

    /** Marks one request (in its own transaction); true when it was marked now. */
    public boolean mark(long id) {
        DisclosureRequest r = requests.findById(id).orElse(null);
        if (r == null || !r.markOverdue(calendar.calendar(), calendar.now())) {
            return false;
        }
        statistics.record(r); // the request is overdue now, and counted so until it is decided
        notices.tell(r, "overdue", r.getObjectionDeadline().toString());
        return true;
    }
}
