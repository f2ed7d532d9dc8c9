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
import org.madang.platform.persistence.DatabaseMigrator;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;
import org.madang.testsupport.Deployments;
import org.madang.testsupport.incontainer.Callers;

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
}
