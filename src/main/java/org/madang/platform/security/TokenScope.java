package org.madang.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The API-token scope a REST resource method needs. A call made with a token whose scopes do not
 * include it is refused (403 insufficient_scope); a method without the annotation is not open to
 * tokens at all. Declared beside the method, so a new resource cannot be missed by a path pattern.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface TokenScope {
    /** Filing applications for a single service. */
    String FILE_APPLICATIONS = "applications:file";
    /** Filing one-stop bundles. */
    String FILE_BUNDLES = "bundles:file";
    /** Filing information-disclosure requests (정보공개 청구), open to every citizen. */
    String FILE_DISCLOSURE_REQUESTS = "requests:file";
    /** Reading the status of one's own applications and filings. */
    String READ_STATUS = "status:read";

    String value();
}
