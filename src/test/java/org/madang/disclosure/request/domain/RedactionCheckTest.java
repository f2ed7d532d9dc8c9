package org.madang.disclosure.request.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RedactionCheckTest {
    @Test
    void findsAWithheldTextHoweverItIsSpacedBrokenOrWritten() {
        String text = "담당: 홍 길\n동  연락처 010 1234 5678\n주소: 서울시 종로구";
        assertThat(RedactionCheck.stillPresent(text, List.of("홍길동", "010-1234-5678", "김철수")))
                .containsExactly(1, 2);
        assertThat(RedactionCheck.stillPresent("ＡＢＣ１２３", List.of("abc123"))).containsExactly(1);
    }

    @Test
    void aCleanFilePasses() {
        assertThat(RedactionCheck.stillPresent("담당: [비공개: 제6호]", List.of("홍길동", "010-1234-5678"))).isEmpty();
        assertThat(RedactionCheck.stillPresent(null, List.of("x"))).isEmpty();
        assertThat(RedactionCheck.stillPresent("anything", List.of(" - "))).as("blank marks match nothing").isEmpty();
    }
}
