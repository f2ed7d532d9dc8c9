package org.madang.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test helper that runs inside the server (a fixture, a probe servlet, a test clock), so
 * {@link Deployments#fullWar()} puts it into the one test archive that every Arquillian IT shares.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface InContainer {
}
