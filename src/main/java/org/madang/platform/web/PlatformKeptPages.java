package org.madang.platform.web;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.List;

/**
 * The platform's own public pages: the home page and the accessibility statement show only the
 * text bundles (their anonymous view has no form and nothing from the database), so they change
 * only with a new release; ten minutes bounds nothing that matters but the memory.
 */
@ApplicationScoped
public class PlatformKeptPages implements KeptPageRules {
    static final Duration MAX_AGE = Duration.ofMinutes(10);

    @Override
    public List<KeptPageRule> keptPages() {
        return List.of(KeptPageRule.of("/", MAX_AGE), KeptPageRule.of("/index.xhtml", MAX_AGE),
                KeptPageRule.of("/accessibility.xhtml", MAX_AGE));
    }
}
