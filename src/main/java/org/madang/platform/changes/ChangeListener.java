package org.madang.platform.changes;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.madang.platform.error.Failures;
import org.madang.platform.operations.InstanceName;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hears the other instances' {@link ChangeNotices} and fires {@link ChangeHeard} here, so the kept
 * pages and caches drop what changed elsewhere within milliseconds instead of at their time bound.
 * One connection of the data source, held by one managed thread, {@code LISTEN}s on the channel;
 * when it is lost (a database restart) the thread tries again after 1, 2, 4... up to 30 seconds,
 * and every (re)connection drops everything kept (notices may have gone unheard meanwhile). Its own
 * notices come back too: they are not acted on, only timed (the echo delay, for operators and tests).
 */
@ApplicationScoped
public class ChangeListener {
    private static final Logger LOG = Logger.getLogger(ChangeListener.class.getName());
    static final int WAIT_MS = 1000;
    static final Duration CHECK_EVERY = Duration.ofSeconds(30);
    static final Duration MAX_BACK_OFF = Duration.ofSeconds(30);

    @Inject
    ChangeNotices notices;
    @Resource(lookup = "jdbc/madang")
    DataSource dataSource;
    @Resource
    ManagedThreadFactory threads;
    @Inject
    InstanceName instance;
    @Inject
    org.eclipse.microprofile.metrics.MetricRegistry metrics;
    @Inject
    Event<ChangeHeard> heard;

    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;
    private final AtomicLong heardFromOthers = new AtomicLong();
    private final AtomicLong echoes = new AtomicLong();
    private final AtomicLong echoMillisTotal = new AtomicLong();
    private final AtomicLong echoMillisMax = new AtomicLong();

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (!notices.isEnabled()) {
            return;
        }
        running = true;
        thread = threads.newThread(this::listen);
        thread.setName("madang change listener");
        thread.setDaemon(true);
        thread.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** Whether this instance hears the others' changes at the moment. */
    public boolean isListening() {
        return listening;
    }

    /** Notices from other instances acted on since this start. */
    public long heardFromOthers() {
        return heardFromOthers.get();
    }

    /** This instance's own notices heard back (sent, through PostgreSQL, received). */
    public long echoes() {
        return echoes.get();
    }

    /** The mean and the longest time from sending a notice to hearing it back, in milliseconds. */
    public Optional<long[]> echoDelayMillis() {
        long n = echoes.get();
        return n == 0 ? Optional.empty() : Optional.of(new long[] {echoMillisTotal.get() / n, echoMillisMax.get()});
    }

    private void listen() {
        long backOff = 1000;
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                try {
                    listenOn(c);
                } finally {
                    unlisten(c);
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                long wait = backOff;
                LOG.log(Level.WARNING, () -> "not hearing other instances' changes (kept pages fall back to their time "
                        + "bound); trying again in " + wait + " ms: " + Failures.describe(e));
                if (!pause(wait)) {
                    return;
                }
                backOff = Math.min(backOff * 2, MAX_BACK_OFF.toMillis());
                continue;
            } catch (LinkageError e) {
                LOG.warning("the PostgreSQL driver's classes are not visible to the application (server.xml: the driver "
                        + "library must be the global library); changes on other instances show within their time bound");
                return;
            }
            backOff = 1000;
        }
    }

    private void listenOn(Connection c) throws SQLException {
        PgNotifications pg = PgNotifications.of(c);
        try (Statement s = c.createStatement()) {
            s.execute("listen " + ChangeNotice.CHANNEL);
            listening = true;
            LOG.info("listening for other instances' changes");
            heard.fire(ChangeHeard.all()); // whatever changed while nobody listened
            long checked = System.nanoTime(); // elapsed time, whatever the portal's Clock says
            while (running) {
                for (String payload : pg.next(WAIT_MS)) {
                    handle(payload);
                }
                if (System.nanoTime() - checked > CHECK_EVERY.toNanos()) {
                    s.execute("select 1"); // a connection dead without a word is found out
                    checked = System.nanoTime();
                }
            }
        } finally {
            listening = false;
        }
    }

    /** A connection going back to the pool must not go on collecting notices nobody reads. */
    private static void unlisten(Connection c) {
        try (Statement s = c.createStatement()) {
            s.execute("unlisten *");
        } catch (SQLException | RuntimeException gone) {
            // a dead connection listens to nothing; the pool drops it
        }
    }

    private void handle(String payload) {
        Optional<ChangeNotice> parsed = ChangeNotice.parse(payload);
        if (parsed.isEmpty()) {
            LOG.fine(() -> "a notice not understood, " + payload.length() + " characters");
            return;
        }
        ChangeNotice n = parsed.get();
        if (n.sender().equals(instance.name())) {
            long delay = Math.max(0, System.currentTimeMillis() - n.sentAtMillis()); // wall clock, as sent
            echoes.incrementAndGet();
            echoMillisTotal.addAndGet(delay);
            echoMillisMax.accumulateAndGet(delay, Math::max);
            return;
        }
        heardFromOthers.incrementAndGet();
        metrics.counter("madang_change_notices_heard_total").inc();
        try {
            heard.fire(ChangeHeard.of(n));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, () -> "a change notice of " + n.topic() + " could not be acted on: " + Failures.describe(e));
        }
    }

    private boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
