package org.madang.platform.privacy;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that an application-service method hands a citizen's personal data to its caller, and
 * why. Every such call by anyone but the citizen is written to the personal-data access log; the
 * citizen is named by a {@link DataSubject} parameter or by a result that is {@link PersonalData}.
 * The build holds the rule: {@code ArchitectureTest.personalDataLeavesAServiceOnlyWithADeclaredPurpose}
 * (ArchUnit) fails when a service returns personal data without it, and
 * {@code PrivacyArquillianIT.everyPersonalDataReadInTheExistingContextsWritesALogRow} checks in the
 * running server that reads by someone else are logged and the citizen's own reads are not.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PersonalDataAccess {
    /** Key of the purpose in the text bundle, e.g. {@code purpose.admin.account}. */
    @Nonbinding
    String purpose() default "";

    /** Which kinds of data are read, e.g. {"name", "email", "birthDate"}. */
    @Nonbinding
    String[] fields() default {};
}
