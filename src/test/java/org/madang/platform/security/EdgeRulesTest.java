package org.madang.platform.security;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules at the portal's edge that need no server: cross-site POSTs, HTTPS redirects, required settings. */
class EdgeRulesTest {
    private static final String HOST = "portal.example:9443";

    private static boolean post(String path, String origin, String fetchSite, boolean authorization, boolean cookies) {
        return CrossSiteRequestFilter.allowed("POST", path, origin, fetchSite, HOST, authorization, cookies);
    }

    @Test
    void aPostFromThePortalsOwnPagesPasses() {
        assertThat(post("/my/application.xhtml", "https://portal.example:9443", "same-origin", false, true)).isTrue();
        assertThat(post("/my/application.xhtml", "https://portal.example:9443", null, false, true)).isTrue();
        // no usable Origin, but the browser says it came from this origin
        assertThat(post("/my/application.xhtml", "null", "same-origin", false, true)).isTrue();
        assertThat(post("/my/application.xhtml", null, "same-origin", false, true)).isTrue();
    }

    @Test
    void aPostFromElsewhereOrFromNowhereIsRefused() {
        assertThat(post("/my/application.xhtml", "null", null, false, true)).as("Origin null, no fetch metadata").isFalse();
        assertThat(post("/my/application.xhtml", "null", "cross-site", false, true)).isFalse();
        assertThat(post("/my/application.xhtml", null, null, false, true)).as("neither header").isFalse();
        assertThat(post("/my/application.xhtml", "https://evil.example", "same-origin", false, true))
                .as("a foreign Origin outweighs a forged fetch header").isFalse();
        assertThat(post("/my/application.xhtml", "https://portal.example:9443.evil.example", null, false, true)).isFalse();
        assertThat(post("/my/application.xhtml", "not a url", null, false, true)).isFalse();
        // a Faces page is checked with or without cookies (sign-in forms included)
        assertThat(post("/login.xhtml", null, null, false, false)).isFalse();
    }

    @Test
    void theApiIsCheckedOnlyWhenABrowsersCookiesCouldBeBorrowed() {
        assertThat(post("/api/bundles/1/applications", null, null, true, false)).as("bearer token").isTrue();
        assertThat(post("/api/bundles/1/applications", "https://evil.example", null, true, true)).isTrue();
        assertThat(post("/api/elections/verify", null, null, false, false)).as("no cookie: no ambient authority").isTrue();
        assertThat(post("/api/elections/verify", "https://evil.example", null, false, true)).isFalse();
        assertThat(post("/api/elections/verify", null, null, false, true)).isFalse();
    }

    @Test
    void readsAreNeverRefused() {
        assertThat(CrossSiteRequestFilter.allowed("GET", "/my/", "https://evil.example", "cross-site", HOST, false, true))
                .isTrue();
        assertThat(CrossSiteRequestFilter.allowed("HEAD", "/", null, null, HOST, false, true)).isTrue();
        assertThat(CrossSiteRequestFilter.allowed("DELETE", "/api/x", "https://evil.example", null, HOST, false, true))
                .isFalse();
    }

    @Test
    void plainHttpIsSentToTheSameAddressOverHttps() {
        assertThat(HttpsOnlyFilter.httpsUrl("", "portal.example", 9443, "/my/", "a=1"))
                .isEqualTo("https://portal.example:9443/my/?a=1");
        assertThat(HttpsOnlyFilter.httpsUrl("http://localhost:9080", "portal.example", 443, "/", null))
                .isEqualTo("https://portal.example/");
        assertThat(HttpsOnlyFilter.httpsUrl("https://www.madang.go.kr/", "10.0.0.5", 9443, "/services/", null))
                .isEqualTo("https://www.madang.go.kr/services/");
    }

    @Test
    void productionDoesNotStartWithoutItsSecrets() {
        Map<String, String> none = Map.of();
        assertThatThrownBy(() -> RequiredSettings.check(k -> Optional.ofNullable(none.get(k))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DB_PASSWORD").hasMessageContaining("MADANG_TLS_KEYSTORE_PASSWORD");
        Map<String, String> blank = Map.of("DB_PASSWORD", " ", "MADANG_TLS_KEYSTORE_PASSWORD", "k");
        assertThatThrownBy(() -> RequiredSettings.check(k -> Optional.ofNullable(blank.get(k))))
                .hasMessageContaining("DB_PASSWORD").hasMessageNotContaining("MADANG_TLS_KEYSTORE_PASSWORD and");
        Map<String, String> all = Map.of("DB_PASSWORD", "s3cret", "MADANG_TLS_KEYSTORE_PASSWORD", "k");
        RequiredSettings.check(k -> Optional.ofNullable(all.get(k)));
        Map<String, String> shared = Map.of("DB_PASSWORD", "s3cret", "MADANG_TLS_KEYSTORE_PASSWORD", "k",
                "MADANG_SESSION_STORE", "hazelcast");
        assertThatThrownBy(() -> RequiredSettings.check(k -> Optional.ofNullable(shared.get(k))))
                .hasMessageContaining("MADANG_LTPA_KEYS_PASSWORD");
        Map<String, String> sharedWithKeys = Map.of("DB_PASSWORD", "s3cret", "MADANG_TLS_KEYSTORE_PASSWORD", "k",
                "MADANG_SESSION_STORE", "hazelcast", "MADANG_LTPA_KEYS_PASSWORD", "p");
        RequiredSettings.check(k -> Optional.ofNullable(sharedWithKeys.get(k)));
    }
}
