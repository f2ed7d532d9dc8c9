package org.madang.platform.audit;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a state-changing application-service method: every call, successful or not, becomes an
 * audit record (who, in which role, what, on what, when, outcome). The audit context listens.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {
    /** Action name, e.g. {@code account.register}. */
    @Nonbinding
    String value() default "";
}
