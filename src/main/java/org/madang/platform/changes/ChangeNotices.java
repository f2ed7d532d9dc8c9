package org.madang.platform.changes;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.madang.platform.error.Failures;
import org.madang.platform.operations.InstanceName;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the other instances (through PostgreSQL's {@code NOTIFY} on {@value ChangeNotice#CHANNEL})
 * that something they may keep has changed here; {@link ChangeListener} hears it there. Called after
 * the change committed (the kept pages' and caches' observers run after success), so a notice never
 * announces what could still roll back, and the instances that hear it read the committed state.
 * The caller does not wait: names wait in a small set and one managed task sends all that came
 * meanwhile, one {@code pg_notify} per topic, on a pooled connection. A notice that cannot be sent
 * (the database away) is lost; the other instances then see the change within the kept thing's own
 * time bound. Off with MADANG_CHANGE_NOTICES=false (a single instance).
 */
@ApplicationScoped
public class ChangeNotices {
    private static final Logger LOG = Logger.getLogger(ChangeNotices.class.getName());

    @Inject
    @ConfigProperty(name = "MADANG_CHANGE_NOTICES", defaultValue = "true")
    boolean enabled;
    @Resource(lookup = "jdbc/madang")
    DataSource dataSource;
    @Resource
    ManagedExecutorService executor;
    @Inject
    InstanceName instance;
    @Inject
    org.eclipse.microprofile.metrics.MetricRegistry metrics;

    private final Map<String, Set<String>> pending = new LinkedHashMap<>();
    private boolean sending;
    private final AtomicLong sent = new AtomicLong();

    public boolean isEnabled() {
        return enabled;
    }

    /** Announces that the named things of a topic changed here (call after commit); returns at once. */
    public void announce(String topic, Collection<String> names) {
        if (!enabled || names.isEmpty()) {
            return;
        }
        ChangeNotice.requireName(topic);
        names.forEach(ChangeNotice::requireName);
        synchronized (this) {
            pending.computeIfAbsent(topic, t -> new LinkedHashSet<>()).addAll(names);
            if (sending) {
                return; // the task under way sends these too
            }
            sending = true;
        }
        try {
            executor.execute(this::sendPending);
        } catch (RejectedExecutionException e) { // the application stopping
            synchronized (this) {
                sending = false;
                pending.clear();
            }
        }
    }

    /** Notices sent by this instance since its start. */
    public long sent() {
        return sent.get();
    }

    private void sendPending() {
        try {
            while (true) {
                Map<String, Set<String>> batch;
                synchronized (this) {
                    if (pending.isEmpty()) {
                        sending = false;
                        return;
                    }
                    batch = new LinkedHashMap<>(pending);
                    pending.clear();
                }
                send(batch);
            }
        } catch (RuntimeException e) {
            synchronized (this) {
                sending = false;
            }
            throw e;
        }
    }

    private void send(Map<String, Set<String>> batch) {
        // the wall clock, not the portal's Clock: the time only measures the delivery, and a test
        // moving the portal's time must not make it look days long
        long now = System.currentTimeMillis();
        try (Connection c = dataSource.getConnection();
             PreparedStatement notify = c.prepareStatement("select pg_notify(?, ?)")) {
            for (Map.Entry<String, Set<String>> e : batch.entrySet()) {
                for (String payload : ChangeNotice.of(instance.name(), now, e.getKey(), e.getValue()).payloads()) {
                    notify.setString(1, ChangeNotice.CHANNEL);
                    notify.setString(2, payload);
                    notify.executeQuery().close();
                    sent.incrementAndGet();
                    metrics.counter("madang_change_notices_sent_total").inc();
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, () -> batch.size() + " change notices not sent; the other instances see the changes "
                    + "within their kept pages' time bound: " + Failures.describe(e));
        }
    }
}
