package org.madang.forum.petition.application;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The petition list's keyset cursor: what it encodes comes back the same, and nothing else is taken. */
class PetitionCursorTest {

    @Test
    void aDateCursorKeepsTheInstantToTheNanosecondAndTheId() {
        Instant at = Instant.parse("2026-12-07T10:15:30.123456789Z");
        String text = new PetitionCursor(false, at, 0, 42).encode();
        assertThat(PetitionCursor.decode(text, false)).hasValueSatisfying(c -> {
            assertThat(c.publishedAt()).isEqualTo(at);
            assertThat(c.id()).isEqualTo(42);
            assertThat(c.bySupports()).isFalse();
        });
        assertThat(PetitionCursor.decode(text, true)).as("made for another sort").isEmpty();
    }

    @Test
    void aSupportsCursorKeepsTheCountAndTheId() {
        String text = new PetitionCursor(true, null, 1500, 7).encode();
        assertThat(text).isEqualTo("s1500.7");
        assertThat(PetitionCursor.decode(text, true)).hasValueSatisfying(c -> {
            assertThat(c.supports()).isEqualTo(1500);
            assertThat(c.id()).isEqualTo(7);
        });
        assertThat(PetitionCursor.decode(text, false)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "s", "s1", "s-1.5", "s1.0", "s1.x", "s1.2.3", "d1.2", "d1.-1.5", "d1.1000000000.5",
            "d99999999999999999.0.1", "x1.2", "s1.2;drop table petition", "d1.2.3.4"})
    void anythingElseIsNoCursor(String text) {
        assertThat(PetitionCursor.decode(text, text.startsWith("s"))).isEmpty();
    }

    @Test
    void nullIsNoCursor() {
        assertThat(PetitionCursor.decode(null, false)).isEmpty();
    }
}
