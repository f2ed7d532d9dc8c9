package org.madang.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.madang.identity.infrastructure.IdentityDemoData;
import org.madang.platform.changes.ChangeListener;
import org.madang.platform.changes.ChangeNotices;
import org.madang.platform.operations.InstanceName;
import org.madang.platform.operations.ScheduledOnce;
import org.madang.platform.persistence.DatabaseMigrator;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;
import org.madang.testsupport.Deployments;
import org.madang.testsupport.incontainer.Callers;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The platform wiring inside the running server: migrations applied, the persistence unit reaches
 * the database, and the test harness signs callers in through the real identity store (demo
 * accounts, loaded because the `it` profile sets MADANG_DEMO_DATA=true).
 */
@ExtendWith(ArquillianExtension.class)
class PlatformArquillianIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.fullWar();
    }

    @Inject
    DatabaseMigrator migrator;
    @PersistenceContext(unitName = "madang")
    EntityManager em;
    @Inject
    Callers callers;
    @Inject
    CallerEcho echo;
    @Inject
    SecurityContext security;
    @Inject
    CurrentUser currentUser;
    @Inject
    ScheduledOnce once;
    @Inject
    InstanceName instance;
    @Resource
    ManagedExecutorService executor;
    @Inject
    ChangeNotices notices;
    @Inject
    ChangeListener listener;

    @Test
    void flywayHasAppliedEveryMigration() {
        assertThat(migrator.isMigrated()).isTrue();
        assertThat(migrator.isUpToDate()).as("pending Flyway migrations").isTrue();
        assertThat(migrator.getVersion()).isNotEqualTo("none");
    }

    @Test
    void thePersistenceUnitReadsTheAgencies() {
        Number agencies = (Number) em.createNativeQuery("select count(*) from agency").getSingleResult();
        assertThat(agencies.longValue()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void anAnonymousCallerIsRefusedByRolesAllowed() {
        assertThat(security.getCallerPrincipal()).isNull();
        assertThatThrownBy(() -> echo.adminOnly()).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void aDemoAdministratorSignedInByTheHarnessPassesRolesAllowed() {
        callers.signIn("admin@madang.go.kr", IdentityDemoData.DEMO_PASSWORD);

        assertThat(security.isCallerInRole(Roles.ADMIN)).isTrue();
        assertThat(currentUser.isAdmin()).isTrue();
        long accountId = currentUser.accountId();
        // the EJB container sees the same caller: the principal name is the account id
        assertThat(echo.adminOnly()).isEqualTo(Long.toString(accountId));

        callers.signOut();
        assertThat(echo.caller()).isEqualTo("UNAUTHENTICATED");
        assertThatThrownBy(() -> echo.adminOnly()).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void aCitizenIsRefusedAnAdministratorsMethod() throws Exception {
        String caller = callers.as("citizen@madang.go.kr", IdentityDemoData.DEMO_PASSWORD, () -> {
            assertThat(security.isCallerInRole(Roles.CITIZEN)).isTrue();
            assertThatThrownBy(() -> echo.adminOnly()).isInstanceOf(EJBAccessException.class);
            return echo.caller();
        });
        assertThat(caller).isNotEqualTo("UNAUTHENTICATED");
    }

    @Test
    void anUnknownAccountCannotSignIn() {
        // an unknown e-mail rather than a wrong password: that would count towards the demo account's lock-out
        assertThatThrownBy(() -> callers.signIn("nobody-" + System.nanoTime() + "@example.invalid", "whatever-1A!"))
                .hasMessageContaining("refused");
        assertThat(security.getCallerPrincipal()).isNull();
    }

    @Test
    void aSlotFiredTwiceRunsOnceAndNamesItsInstance() {
        String job = "test job " + UUID.randomUUID();
        Instant slot = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        AtomicInteger runs = new AtomicInteger();

        assertThat(once.run(job, slot, runs::incrementAndGet)).isTrue();
        assertThat(once.run(job, slot, runs::incrementAndGet)).isFalse();
        assertThat(runs).hasValue(1);
        assertThat(once.ranBy(job, slot)).contains(instance.name());
        // the next slot is a run of its own
        assertThat(once.run(job, slot.plus(1, ChronoUnit.MINUTES), runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    void twoInstancesFiringTheSameSlotAtOnceRunItOnce() throws Exception {
        String job = "test job " + UUID.randomUUID();
        Instant slot = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // the first firing holds its claim (its transaction open) until the second has answered
        Future<Boolean> first = executor.submit(() -> once.run(job, slot, () -> {
            runs.incrementAndGet();
            running.countDown();
            await(release);
        }));
        await(running);
        Future<Boolean> second = executor.submit(() -> once.run(job, slot, runs::incrementAndGet));
        assertThat(second.get(30, TimeUnit.SECONDS)).as("refused at once, not after the first").isFalse();
        release.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(runs).hasValue(1);
        // and once the first committed, a late firing of the slot finds it done
        assertThat(once.run(job, slot, runs::incrementAndGet)).isFalse();
        assertThat(runs).hasValue(1);
    }

    @Test
    void aFailedRunLeavesItsSlotClaimable() {
        String job = "test job " + UUID.randomUUID();
        Instant slot = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        AtomicInteger runs = new AtomicInteger();

        assertThat(once.run(job, slot, () -> {
            runs.incrementAndGet();
            throw new IllegalStateException("the database went away");
        })).isFalse();
        assertThat(once.ranBy(job, slot)).isEmpty();
        assertThat(once.run(job, slot, runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A change notice goes through PostgreSQL and comes back to every listening instance, this one
     * included (which only times it). Prints the round trip, one notice after another, and what a
     * burst of announcements costs the callers (they do not wait; the burst is sent in few notices).
     */
    @Test
    void changeNoticesReachTheListenersWithinMilliseconds() {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(listener::isListening);
        int rounds = 50;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            long echoes = listener.echoes();
            notices.announce("test", java.util.Set.of("round-" + i));
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                    .pollInterval(java.time.Duration.ofMillis(1)).until(() -> listener.echoes() > echoes);
        }
        long roundTrip = (System.nanoTime() - start) / rounds / 1000;
        long anchor = System.nanoTime(); // same run: a plain query on a pooled connection, as the sender makes
        for (int i = 0; i < rounds; i++) {
            try {
                org.madang.testsupport.incontainer.Db.value("select 1");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        long query = (System.nanoTime() - anchor) / rounds / 1000;

        int burst = 1000;
        long sentBefore = notices.sent();
        long callers = System.nanoTime();
        for (int i = 0; i < burst; i++) {
            notices.announce("test", java.util.Set.of("burst-" + i));
        }
        long perCall = (System.nanoTime() - callers) / burst;
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> notices.sent() > sentBefore);
        System.out.println("change notices: announce to heard back " + roundTrip + " us on average over " + rounds
                + " one after another (anchor: a pooled select 1, " + query + " us); NOTIFY to heard (mean, max ms) " + java.util.Arrays.toString(
                        listener.echoDelayMillis().orElseThrow()) + "; a burst of " + burst + " announcements cost "
                + perCall + " ns per call and went out in " + (notices.sent() - sentBefore) + " notices so far");
        assertThat(roundTrip).as("microseconds").isLessThan(1_000_000);
    }

    /**
     * The real timers: this archive and the real application beside it are two instances whose
     * poll-closing timers fire every minute. Every firing here either ran its minute (and the
     * minute's one row names this archive) or found it run or running elsewhere; none failed.
     */
    @Test
    void theRealTimersOfTwoInstancesRunEachMinuteOnce() throws Exception {
        String job = "voting poll closing";
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(75)).pollInterval(java.time.Duration.ofSeconds(1))
                .until(() -> firings(job, "ran") + firings(job, "elsewhere") >= 1);
        long ran = firings(job, "ran");
        long elsewhere = firings(job, "elsewhere");
        Number rowsHere = (Number) org.madang.testsupport.incontainer.Db.value(
                "select count(*) from platform_scheduled_run where job = ? and instance = ?", job, instance.name());
        Number rowsElsewhere = (Number) org.madang.testsupport.incontainer.Db.value(
                "select count(*) from platform_scheduled_run where job = ? and instance <> ?", job, instance.name());
        System.out.println("poll closing minutes: run here " + ran + ", found run elsewhere " + elsewhere
                + "; rows naming this archive " + rowsHere + ", naming another instance " + rowsElsewhere);
        assertThat(firings(job, "failed")).isZero();
        // a minute counted as run here is the minute's one row (one more may be committing as this reads)
        assertThat(rowsHere.longValue()).isGreaterThanOrEqualTo(ran).isLessThanOrEqualTo(firings(job, "ran") + 1);
        if (elsewhere > 0) {
            assertThat(rowsElsewhere.longValue()).as("minutes run by the real application").isPositive();
        }
    }

    /** This archive's own count (the metrics registry is the server's, shared with the real application). */
    private long firings(String job, String outcome) {
        return once.firings(job, outcome);
    }
}
