package org.madang.services.web;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MyApplicationPageFilterTest {

    /** A request to localhost:9080 with these headers. */
    private static HttpServletRequest post(Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getServerName" -> "localhost";
                    case "getServerPort" -> 9080;
                    case "getMethod" -> "POST";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aFormFromThisSiteIsAccepted() {
        assertThat(MyApplicationPageFilter.sameOrigin(post(Map.of("Origin", "http://localhost:9080")))).isTrue();
        assertThat(MyApplicationPageFilter.sameOrigin(post(Map.of(
                "Referer", "http://localhost:9080/my/application.xhtml?number=20261127-000001-9")))).isTrue();
    }

    @Test
    void aFormFromAnotherSiteIsRefused() {
        assertThat(MyApplicationPageFilter.sameOrigin(post(Map.of("Origin", "https://evil.example")))).isFalse();
        assertThat(MyApplicationPageFilter.sameOrigin(post(Map.of("Origin", "http://localhost:9081")))).isFalse();
        assertThat(MyApplicationPageFilter.sameOrigin(post(Map.of("Origin", "null",
                "Referer", "http://evil.example/x")))).isFalse();
        assertThat(MyApplicationPageFilter.sameOrigin(post(Map.of("Origin", "::not a uri::")))).isFalse();
    }

    @Test
    void aClientThatNamesNoPageIsNotABrowsersCrossSiteForm() {
        assertThat(MyApplicationPageFilter.sameOrigin(post(Map.of()))).isTrue();
    }
}
