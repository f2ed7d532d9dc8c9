package org.madang.platform.privacy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a method returning personal data only ever returns the caller's own, so no access
 * needs logging. The alternative to {@link PersonalDataAccess}; ArchitectureTest demands one of the two.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface OwnDataOnly {
}
