package org.madang.tools.accesslogverify;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The access-log verifier is only worth something if it shares no code with the writer: it may use
 * the JDK and itself, nothing of the portal, and nothing of the portal may use it.
 */
class VerifierIndependenceTest {
    private static final String VERIFIER = "org.madang.tools.accesslogverify..";

    private static JavaClasses main() {
        return new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("org.madang");
    }

    @Test
    void theVerifierUsesTheJdkOnly() {
        classes().that().resideInAPackage(VERIFIER)
                .should().onlyDependOnClassesThat().resideInAnyPackage(VERIFIER, "java..")
                .check(main());
    }

    @Test
    void thePortalNeverUsesTheVerifier() {
        noClasses().that().resideOutsideOfPackage(VERIFIER)
                .should().dependOnClassesThat().resideInAPackage(VERIFIER)
                .check(main());
    }
}
