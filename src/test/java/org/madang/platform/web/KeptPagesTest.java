package org.madang.platform.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeptPagesTest {
    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    static final KeptPageRule CATALOGUE = KeptPageRule.of("/services/", Duration.ofMinutes(1), "services.catalogue");
    static final KeptPageRule API = KeptPageRule.of("/api/services/*", Duration.ofMinutes(1), "services.catalogue");
    static final KeptPageRule PETITIONS = KeptPageRule.of("/petitions/", Duration.ofMinutes(1), "forum.petitions")
            .servedAtLeast(Duration.ofSeconds(1));
    static final KeptPageRule HOME = KeptPageRule.of("/", Duration.ofMinutes(10));

    static KeptPages pages(Instant now, long megabytes) {
        KeptPages p = new KeptPages();
        p.enabled = true;
        p.megabytes = megabytes;
        p.clock = Clock.fixed(now, ZoneOffset.UTC);
        p.init(List.of(CATALOGUE, API, PETITIONS, HOME));
        return p;
    }

    static byte[] html(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void rulesMatchExactAddressesAndPrefixes() {
        KeptPages p = pages(T0, 1);
        assertThat(p.ruleFor("/services/")).contains(CATALOGUE);
        assertThat(p.ruleFor("/services/index.xhtml")).isEmpty();
        assertThat(p.ruleFor("/api/services/12")).contains(API);
        assertThat(p.ruleFor("/api/services")).as("a prefix rule is not its own root").isEmpty();
        assertThat(p.ruleFor("/")).contains(HOME);
        assertThatThrownBy(() -> p.init(List.of(CATALOGUE))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keepsAnAnswerUntilItsRegionChanges() {
        KeptPages p = pages(T0, 1);
        p.keep("ko /services/?null", CATALOGUE, p.version(), html("<p>a</p>"), "text/html;charset=UTF-8");
        p.keep("ko /?null", HOME, p.version(), html("<p>home</p>"), "text/html;charset=UTF-8");
        assertThat(p.find("ko /services/?null")).get().extracting(KeptPages.Page::contentType).isEqualTo("text/html;charset=UTF-8");
        assertThat(p.find("en /services/?null")).isEmpty();
        p.drop("forum.petitions");
        assertThat(p.find("ko /services/?null")).as("another region's change").isPresent();
        p.drop("services.catalogue");
        assertThat(p.find("ko /services/?null")).isEmpty();
        assertThat(p.find("ko /?null")).as("the home page shows no region").isPresent();
    }

    @Test
    void aContextWithoutEventsNamesTheAuditedActionsThatDropItsRegion() {
        KeptPages p = pages(T0, 1);
        KeptPagesByAction byAction = new KeptPagesByAction();
        byAction.pages = p;
        KeptPageRules petitions = new KeptPageRules() {
            @Override
            public List<KeptPageRule> keptPages() {
                return List.of(PETITIONS);
            }

            @Override
            public java.util.Map<String, java.util.function.Predicate<String>> regionsChangedByActions() {
                return java.util.Map.of("forum.petitions", a -> a.startsWith("petition."));
            }
        };
        p.keep("ko /petitions/?null", PETITIONS, p.version(), html("12 supports"), "text/html");
        p.clock = Clock.fixed(T0.plusSeconds(2), ZoneOffset.UTC); // past the second it is served at least
        byAction.acted(new org.madang.platform.audit.AuditableAction("1", "CITIZEN", "debate.post", "1", "SUCCESS", T0),
                List.of(petitions));
        byAction.acted(new org.madang.platform.audit.AuditableAction("1", "CITIZEN", "petition.support", "1",
                "REFUSED:x", T0), List.of(petitions));
        assertThat(p.find("ko /petitions/?null")).as("another action, or a refused one").isPresent();
        byAction.acted(new org.madang.platform.audit.AuditableAction("1", "CITIZEN", "petition.support", "1", "SUCCESS", T0),
                List.of(petitions));
        assertThat(p.find("ko /petitions/?null")).isEmpty();
        assertThat(KeptPageRule.each(Duration.ofMinutes(1), Duration.ZERO, java.util.Set.of("r"), "/a", "/b/*"))
                .extracting(KeptPageRule::path).containsExactly("/a", "/b/*");
    }

    @Test
    void anAnswerWhoseRenderingBeganBeforeAChangeIsNeverServed() {
        KeptPages p = pages(T0, 1);
        long before = p.version();
        p.drop("services.catalogue"); // commits while the page renders from the old state
        p.keep("k", CATALOGUE, before, html("old"), "text/html");
        assertThat(p.find("k")).isEmpty();
        p.keep("k", CATALOGUE, p.version(), html("new"), "text/html");
        assertThat(p.find("k")).isPresent();
    }

    @Test
    void aRegionThatChangesWithEveryClickIsRenderedAtMostOnceASecond() {
        KeptPages p = pages(T0, 1);
        p.keep("ko /petitions/?null", PETITIONS, p.version(), html("12 supports"), "text/html");
        p.drop("forum.petitions");
        assertThat(p.find("ko /petitions/?null")).as("still within its second").isPresent();
        p.clock = Clock.fixed(T0.plusMillis(1000), ZoneOffset.UTC);
        assertThat(p.find("ko /petitions/?null")).as("a second old and changed").isEmpty();
        p.keep("ko /petitions/?null", PETITIONS, p.version(), html("13 supports"), "text/html");
        p.clock = Clock.fixed(T0.plusSeconds(30), ZoneOffset.UTC);
        assertThat(p.find("ko /petitions/?null")).as("unchanged since: kept").isPresent();
    }

    @Test
    void answersExpireAfterTheirRulesMaximumAge() {
        KeptPages p = pages(T0, 1);
        p.keep("k", CATALOGUE, p.version(), html("a"), "text/html");
        p.keep("h", HOME, p.version(), html("h"), "text/html");
        p.clock = Clock.fixed(T0.plus(Duration.ofMinutes(1)).plusSeconds(1), ZoneOffset.UTC);
        assertThat(p.find("k")).isEmpty();
        assertThat(p.find("h")).isPresent();
    }

    @Test
    void aFullStoreLetsAnswersGoRatherThanGrowPastItsWeight() {
        KeptPages p = pages(T0, 1);
        byte[] body = new byte[10 * 1024];
        for (int i = 0; i < 300; i++) {
            p.keep("page" + i, CATALOGUE, p.version(), body, "text/html");
        }
        assertThat(p.size()).as("1 MB holds fewer than 100 answers of 10 KB").isBetween(1L, 100L);
    }

    @Test
    void theEtagIsAWeakHashOfTheBodyAndIfNoneMatchComparesWeakly() {
        KeptPages p = pages(T0, 1);
        KeptPages.Page a = p.keep("a", CATALOGUE, p.version(), html("<p>a</p>"), "text/html");
        KeptPages.Page same = p.keep("b", CATALOGUE, p.version(), html("<p>a</p>"), "text/html");
        KeptPages.Page other = p.keep("c", CATALOGUE, p.version(), html("<p>b</p>"), "text/html");
        assertThat(a.etag()).startsWith("W/\"").endsWith("\"").isEqualTo(same.etag()).isNotEqualTo(other.etag());
        assertThat(a.lastModified()).isEqualTo(T0);
        String nonce = java.util.Base64.getEncoder().encodeToString(java.util.UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        String sent = KeptPages.tag(a.etag(), nonce);
        assertThat(sent).startsWith(a.etag().substring(0, a.etag().length() - 1)).contains(nonce);
        assertThat(KeptPages.match(sent, a.etag())).contains(new KeptPages.Match(nonce));
        assertThat(KeptPages.match("\"x\", " + sent.substring(2), a.etag())).as("strong form, in a list").contains(new KeptPages.Match(nonce));
        assertThat(KeptPages.match(a.etag(), a.etag())).contains(new KeptPages.Match(null));
        assertThat(KeptPages.match(KeptPages.tag(a.etag(), "bm90LWEtdXVpZA=="), a.etag()))
                .as("a nonce the portal never makes is not echoed").contains(new KeptPages.Match(null));
        assertThat(KeptPages.match("*", a.etag())).isPresent();
        assertThat(KeptPages.match(KeptPages.tag(other.etag(), nonce), a.etag())).isEmpty();
        assertThat(KeptPages.match(null, a.etag())).isEmpty();
    }

    @Test
    void theValidatorIgnoresTheNonceSoARenderingOfTheSameStateKeepsItsTag() {
        KeptPages p = pages(T0, 1);
        KeptPages.Page a = p.keep("a", HOME, p.version(), html("<script nonce=\"YWJj\">x</script><input value=\"YWJj\">"), "text/html");
        KeptPages.Page b = p.keep("b", HOME, p.version(), html("<script nonce=\"ZGVm\">x</script><input value=\"ZGVm\">"), "text/html");
        assertThat(a.etag()).isEqualTo(b.etag());
    }

    @Test
    void anAnswerKeptWhileTheClockWasAheadIsNotServedOnceItIsBack() {
        KeptPages p = pages(T0.plus(Duration.ofDays(31)), 1);
        p.keep("h", HOME, p.version(), html("closed"), "text/html");
        p.clock = Clock.fixed(T0, ZoneOffset.UTC);
        assertThat(p.find("h")).isEmpty();
    }

    @Test
    void everyAnswerOfAKeptPageGetsAFreshNonceInItsScriptsFormsAndPolicy() {
        KeptPages p = pages(T0, 1);
        String old = java.util.Base64.getEncoder().encodeToString(java.util.UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        KeptPages.Page page = p.keep("k", HOME, p.version(), html("<p>한국어</p><script nonce=\"" + old
                + "\">x</script><input name=\"primefaces.nonce\" value=\"" + old + "\">"), "text/html;charset=UTF-8");
        String policy = "default-src 'self'; script-src 'self'";
        PageNonce.Page a = PageNonce.renew(page.body(), page.nonce(), policy);
        PageNonce.Page b = PageNonce.renew(page.body(), page.nonce(), policy);
        String fresh = PageNonce.of(a.policy()).orElseThrow();
        assertThat(fresh).isNotEqualTo(old).isNotEqualTo(PageNonce.of(b.policy()).orElseThrow());
        assertThat(PageNonce.isNonce(fresh)).isTrue();
        assertThat(new String(a.body(), StandardCharsets.UTF_8)).doesNotContain(old).contains("<p>한국어</p>")
                .contains("nonce=\"" + fresh + "\"").contains("value=\"" + fresh + "\"");
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).as("the kept bytes stay as they were").contains(old);
        // a JSON answer has no nonce to renew
        KeptPages.Page json = p.keep("j", HOME, p.version(), html("{\"a\":1}"), "application/json");
        assertThat(PageNonce.renew(json.body(), json.nonce(), policy).body()).isEqualTo(json.body());
    }

    @Test
    void readersOfAPageBeingRenderedWaitForItInsteadOfRenderingItToo() {
        KeptPages p = pages(T0, 1);
        assertThat(p.renderingOf("k")).isEmpty();
        KeptPages.Rendering first = p.startRendering("k");
        KeptPages.Rendering waiting = p.renderingOf("k").orElseThrow();
        assertThat(waiting).isSameAs(first);
        KeptPages.Page kept = p.keep("k", HOME, p.version(), html("h"), "text/html");
        p.endRendering("k", first, kept);
        assertThat(waiting.await()).contains(kept);
        assertThat(p.renderingOf("k")).as("over").isEmpty();
        // a rendering that could not be kept lets the waiting readers render it themselves
        KeptPages.Rendering error = p.startRendering("e");
        p.endRendering("e", error, null);
        assertThat(error.await()).isEmpty();
    }

    @Test
    void aRuleRefusesNonsense() {
        assertThatThrownBy(() -> KeptPageRule.of("services/", Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeptPageRule.of("/x", Duration.ofSeconds(1)).servedAtLeast(Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clearForgetsEverything() {
        KeptPages p = pages(T0, 1);
        p.keep("k", HOME, p.version(), html("h"), "text/html");
        p.clear();
        assertThat(p.find("k")).isEmpty();
    }
}
