package org.madang.platform.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The parameter that names what an audited action acts on (its string form is recorded). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface AuditTarget {
    /** Prefix for the target, e.g. {@code account}: the record then reads {@code account:42}. */
    String value() default "";
}
