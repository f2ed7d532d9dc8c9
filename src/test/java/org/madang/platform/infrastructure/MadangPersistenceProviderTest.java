package org.madang.platform.infrastructure;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MadangPersistenceProviderTest {
    private static Map<String, String> settings(Map<String, String> given) {
        return MadangPersistenceProvider.searchSettings(name -> Optional.ofNullable(given.get(name)), "madang");
    }

    @Test
    void oneInstanceIndexesItsOwnChangesWithoutAnOutbox() {
        Map<String, String> p = settings(Map.of());
        assertThat(p).containsEntry("hibernate.search.backend.type", "lucene")
                .doesNotContainKey("hibernate.search.coordination.strategy");
        assertThat(p.get("hibernate.search.backend.directory.root")).endsWith("madang");
    }

    @Test
    void severalInstancesShareOneEngineThroughTheOutbox() {
        Map<String, String> p = settings(Map.of("MADANG_SEARCH_BACKEND", "elasticsearch",
                "MADANG_SEARCH_COORDINATION", "outbox-polling", "MADANG_SEARCH_HOSTS", "search:9200"));
        assertThat(p).containsEntry("hibernate.search.backend.type", "elasticsearch")
                .containsEntry("hibernate.search.coordination.strategy", "outbox-polling")
                .containsEntry("hibernate.search.backend.hosts", "search:9200");
    }

    @Test
    void anOutboxOverPerInstanceLuceneIndexesOrAnUnknownCoordinationIsRefused() {
        assertThatThrownBy(() -> settings(Map.of("MADANG_SEARCH_COORDINATION", "outbox-polling")))
                .hasMessageContaining("MADANG_SEARCH_BACKEND=elasticsearch");
        assertThatThrownBy(() -> settings(Map.of("MADANG_SEARCH_BACKEND", "elasticsearch",
                "MADANG_SEARCH_COORDINATION", "jgroups"))).hasMessageContaining("none or outbox-polling");
    }
}
