package org.madang.disclosure.request.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.madang.disclosure.request.domain.DisclosureRequest;
import org.madang.disclosure.request.domain.RequestShare;
import org.madang.disclosure.request.domain.RequestsChanged;
import org.madang.disclosure.request.infrastructure.DisclosureRequestRepository;
import org.madang.disclosure.request.infrastructure.RequestStatisticsRepository;

import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Keeps the statistics per department: every command on a request ends with {@link #record}, in
 * the command's transaction (the request's old share out, its new one in); {@link #rebuild} sums
 * every request's share again, e.g. at start-up when the lines do not count every request.
 */
@ApplicationScoped
public class RequestStatistics {
    private static final Logger LOG = Logger.getLogger(RequestStatistics.class.getName());

    @Inject
    RequestStatisticsRepository statistics;
    @Inject
    DisclosureRequestRepository requests;
    @Inject
    jakarta.enterprise.event.Event<RequestsChanged> changed;

    /**
     * After every command on a request: counts its change since it was loaded (its whole share
     * when it is new), has its search index entry rewritten with the transaction and tells the kept
     * pages of the public log that they are out of date.
     */
    public void record(DisclosureRequest r) {
        Map<Long, RequestShare> delta = r.recount();
        if (!delta.isEmpty()) {
            statistics.add(delta);
        }
        requests.reindex(r);
        changed.fire(new RequestsChanged(r.getId()));
    }

    public record Rebuilt(long requests, long millis) {
    }

    @Transactional
    public Rebuilt rebuild() {
        long t0 = System.nanoTime();
        statistics.clearAndLock();
        Map<Long, RequestShare> sums = new TreeMap<>();
        long n = statistics.eachShare((share, department) -> sums.merge(department, share, RequestShare::plus));
        statistics.add(sums);
        changed.fire(new RequestsChanged(0));
        Rebuilt r = new Rebuilt(n, (System.nanoTime() - t0) / 1_000_000);
        LOG.info(() -> "disclosure request statistics rebuilt from " + r.requests() + " requests in " + r.millis() + " ms");
        return r;
    }

    /** Rebuilds when the lines do not count every request (first start, or rows loaded around the commands). */
    @Transactional
    public boolean rebuildIfBehind() {
        if (statistics.countedRequests() != requests.count()) {
            rebuild();
            return true;
        }
        return false;
    }
}
