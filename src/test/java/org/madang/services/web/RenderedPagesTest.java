package org.madang.services.web;

import org.junit.jupiter.api.Test;
import org.madang.services.domain.CatalogueChanged;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class RenderedPagesTest {
    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    static RenderedPages pages(Instant now) {
        RenderedPages p = new RenderedPages();
        p.enabled = true;
        p.clock = Clock.fixed(now, ZoneOffset.UTC);
        return p;
    }

    @Test
    void keepsAPageUntilTheCatalogueChanges() {
        RenderedPages p = pages(T0);
        p.publicPages().keep("ko /services/?null", new byte[]{1, 2}, "text/html;charset=UTF-8");
        assertThat(p.publicPages().find("ko /services/?null")).get().extracting(RenderedPages.Page::contentType)
                .isEqualTo("text/html;charset=UTF-8");
        assertThat(p.publicPages().find("en /services/?null")).isEmpty();
        p.catalogueChanged(new CatalogueChanged());
        assertThat(p.publicPages().find("ko /services/?null")).isEmpty();
    }

    @Test
    void pagesExpireAfterAMinute() {
        RenderedPages p = pages(T0);
        p.publicPages().keep("k", new byte[]{1}, "text/html");
        p.clock = Clock.fixed(T0.plus(RenderedPages.KEEP).plusSeconds(1), ZoneOffset.UTC);
        assertThat(p.publicPages().find("k")).isEmpty();
    }

    @Test
    void aFullStoreLetsPagesGoRatherThanGrow() {
        RenderedPages p = pages(T0);
        for (int i = 0; i < RenderedPages.MAX_PUBLIC + 50; i++) {
            p.publicPages().keep("page" + i, new byte[]{1}, "text/html");
        }
        assertThat(p.publicPages().size()).isBetween(1L, (long) RenderedPages.MAX_PUBLIC);
    }

    @Test
    void personalPagesAreKeptApartAndForgottenWithTheRest() {
        RenderedPages p = pages(T0);
        p.personalPages().keep("my 7 ko 20261127-000001-9", new byte[]{2}, "text/html");
        assertThat(p.publicPages().find("my 7 ko 20261127-000001-9")).as("not a public page").isEmpty();
        assertThat(p.personalPages().find("my 7 ko 20261127-000001-9")).isPresent();
        p.clock = Clock.fixed(T0.plus(RenderedPages.KEEP).plusSeconds(1), ZoneOffset.UTC);
        assertThat(p.personalPages().find("my 7 ko 20261127-000001-9")).as("expired").isEmpty();
        p.personalPages().keep("k", new byte[]{2}, "text/html");
        p.clear();
        assertThat(p.personalPages().find("k")).isEmpty();
    }
}
