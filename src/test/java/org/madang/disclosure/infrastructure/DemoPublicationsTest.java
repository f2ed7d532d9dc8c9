package org.madang.disclosure.infrastructure;

import org.junit.jupiter.api.Test;
import org.madang.disclosure.domain.PersonalDataScan;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoPublicationsTest {
    @Test
    void demoItemsAreManyUniqueReadableAndFreeOfPersonalData() {
        List<DemoPublications.Item> items = DemoPublications.all();
        assertThat(items).hasSizeGreaterThanOrEqualTo(200);
        assertThat(new HashSet<>(items.stream().map(i -> i.details().titleKo()).toList())).hasSize(items.size());
        for (DemoPublications.Item it : items) {
            String text = it.csv() != null
                    ? FileReading.read(it.fileName(), it.csv().getBytes(StandardCharsets.UTF_8)).text()
                    : String.join("\n", it.paragraphs());
            assertThat(PersonalDataScan.scan(text).any()).as(it.fileName()).isFalse();
        }
    }
}
