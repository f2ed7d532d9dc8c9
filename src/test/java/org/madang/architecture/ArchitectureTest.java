package org.madang.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.madang.platform.privacy.OwnDataOnly;
import org.madang.platform.privacy.PersonalData;
import org.madang.platform.privacy.PersonalDataAccess;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The package rules of ARCHITECTURE.md, held by the build instead of by memory. */
class ArchitectureTest {
    static final List<String> CONTEXTS = List.of("identity", "services", "disclosure", "forum", "voting", "privacy",
            "performance", "knowledge", "notification", "audit");
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                // any build directory name (-Dbuild.dir=...), not only target/
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("org.madang");
    }

    @Test
    void domainKnowsNoWebFrameworks() {
        noClasses().that().resideInAPackage("org.madang..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "jakarta.ws.rs..",
                        "jakarta.servlet..", "org.primefaces..")
                .check(classes);
    }

    @Test
    void platformDependsOnNoContext() {
        for (String c : CONTEXTS) {
            noClasses().that().resideInAPackage("org.madang.platform..")
                    .should().dependOnClassesThat().resideInAPackage("org.madang." + c + "..")
                    .check(classes);
        }
    }

    @Test
    void contextsTalkToEachOtherOnlyThroughApplicationServices() {
        for (String c : CONTEXTS) {
            for (String other : CONTEXTS) {
                if (c.equals(other)) {
                    continue;
                }
                noClasses().that().resideInAPackage("org.madang." + c + "..")
                        .should().dependOnClassesThat().resideInAnyPackage("org.madang." + other + ".domain..",
                                "org.madang." + other + ".infrastructure..", "org.madang." + other + ".web..",
                                "org.madang." + other + ".api..")
                        .allowEmptyShould(true)
                        .check(classes);
            }
        }
    }

    @Test
    void webAndApiGoThroughTheirOwnApplicationLayer() {
        noClasses().that().resideInAnyPackage("org.madang..web..", "org.madang..api..")
                .should().dependOnClassesThat().resideInAPackage("org.madang..infrastructure..")
                .check(classes);
    }

    @Test
    void webAndApiUseOnlyTheirOwnContextsApplicationLayer() {
        for (String c : CONTEXTS) {
            for (String other : CONTEXTS) {
                if (!c.equals(other)) {
                    noClasses().that().resideInAnyPackage("org.madang." + c + "..web..", "org.madang." + c + "..api..")
                            .should().dependOnClassesThat().resideInAPackage("org.madang." + other + ".application..")
                            .allowEmptyShould(true)
                            .check(classes);
                }
            }
        }
    }

    @Test
    void applicationNeverUsesFaces() {
        noClasses().that().resideInAPackage("org.madang..application..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "org.madang.platform.faces..",
                        "org.primefaces..")
                .check(classes);
    }

    /** Threads come from the server (a ManagedExecutorService handed in), never from a pool of one's own. */
    @Test
    void noThreadsOfOurOwn() {
        noClasses().should().dependOnClassesThat().belongToAnyOf(Executors.class, ForkJoinPool.class)
                .orShould().callConstructorWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                        JavaClass.Predicates.assignableTo(Thread.class))))
                .check(classes);
    }

    /**
     * A CDI helper of an application layer that checks no roles is not a boundary: pages and
     * resources reach it only through a {@code @Stateless} service that declares who may call.
     */
    @Test
    void webAndApiNeverInjectHelpersThatCheckNoRoles() {
        noClasses().that().resideInAnyPackage("org.madang..web..", "org.madang..api..")
                .should().dependOnClassesThat(helpersThatCheckNoRoles())
                .check(classes);
    }

    private static DescribedPredicate<JavaClass> helpersThatCheckNoRoles() {
        return new DescribedPredicate<>("@ApplicationScoped application helpers without @RolesAllowed/@PermitAll") {
            @Override
            public boolean test(JavaClass c) {
                return c.getPackageName().contains(".application") && c.isAnnotatedWith(ApplicationScoped.class)
                        && !c.isAnnotatedWith(RolesAllowed.class) && !c.isAnnotatedWith(PermitAll.class);
            }
        };
    }

    /**
     * Queries belong to the repositories in {@code infrastructure}: nothing else holds an
     * EntityManager or builds a query (entities' mapping annotations in {@code domain} are fine),
     * and no repository hands its EntityManager out: a query gets a named method in its repository.
     */
    @Test
    void jpaQueriesStayInInfrastructure() {
        noClasses().that().resideOutsideOfPackage("org.madang..infrastructure..")
                .should().dependOnClassesThat().belongToAnyOf(EntityManager.class, EntityManagerFactory.class,
                        Query.class, TypedQuery.class, PersistenceContext.class, CriteriaBuilder.class)
                .check(classes);
        methods().that().areDeclaredInClassesThat().resideInAPackage("org.madang..infrastructure..")
                .and().arePublic()
                .should().notHaveRawReturnType(EntityManager.class)
                .check(classes);
    }

    @Test
    void auditAndPrivacyNeverCallOtherContexts() {
        for (String listener : List.of("audit", "privacy")) {
            for (String c : CONTEXTS) {
                if (!c.equals(listener)) {
                    noClasses().that().resideInAPackage("org.madang." + listener + "..")
                            .should().dependOnClassesThat().resideInAPackage("org.madang." + c + "..")
                            .allowEmptyShould(true)
                            .check(classes);
                }
            }
        }
    }

    @Test
    void everyApplicationServiceMethodDeclaresWhoMayCallIt() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Stateless.class)
                .and().areDeclaredInClassesThat().resideInAPackage("org.madang..application..")
                .and().arePublic()
                .should(declareRoles())
                .check(classes);
    }

    @Test
    void personalDataLeavesAServiceOnlyWithADeclaredPurpose() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Stateless.class)
                .and().areDeclaredInClassesThat().resideInAPackage("org.madang..application..")
                .and().arePublic()
                .and(returnPersonalData())
                .should(declarePurposeOrOwnData())
                .check(classes);
    }

    private static ArchCondition<JavaMethod> declareRoles() {
        return new ArchCondition<>("be covered by @RolesAllowed or @PermitAll") {
            @Override
            public void check(JavaMethod m, ConditionEvents events) {
                JavaClass owner = m.getOwner();
                boolean ok = m.isAnnotatedWith(RolesAllowed.class) || m.isAnnotatedWith(PermitAll.class)
                        || owner.isAnnotatedWith(RolesAllowed.class) || owner.isAnnotatedWith(PermitAll.class)
                        || m.getModifiers().contains(JavaModifier.STATIC);
                if (!ok) {
                    events.add(SimpleConditionEvent.violated(m, m.getFullName() + " has no @RolesAllowed/@PermitAll"));
                }
            }
        };
    }

    private static DescribedPredicate<JavaMethod> returnPersonalData() {
        return new DescribedPredicate<>("return personal data") {
            @Override
            public boolean test(JavaMethod m) {
                if (m.getRawReturnType().isAssignableTo(PersonalData.class)) {
                    return true;
                }
                return m.getReturnType().getAllInvolvedRawTypes().stream()
                        .anyMatch(t -> t.isAssignableTo(PersonalData.class));
            }
        };
    }

    private static ArchCondition<JavaMethod> declarePurposeOrOwnData() {
        return new ArchCondition<>("declare @PersonalDataAccess (logged) or @OwnDataOnly") {
            @Override
            public void check(JavaMethod m, ConditionEvents events) {
                boolean ok = m.isAnnotatedWith(PersonalDataAccess.class) || m.isAnnotatedWith(OwnDataOnly.class)
                        || m.getOwner().isAnnotatedWith(PersonalDataAccess.class)
                        || m.getOwner().isAnnotatedWith(OwnDataOnly.class);
                if (!ok) {
                    events.add(SimpleConditionEvent.violated(m,
                            m.getFullName() + " returns personal data without @PersonalDataAccess or @OwnDataOnly"));
                }
            }
        };
    }
}
