package org.madang.voting.domain.belenios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesStringsLikeYojson() {
        // made by belenios-tool setup make-election from a template full of special characters
        String tool = Json.withoutFinalNewline(Sample.text("/belenios/escapes-election.json"));
        Election e = Election.parse(tool);
        assertThat(e.description()).isEqualTo("D\u0001\u001f\u007f\b\f\n\r\t/\\\"é한국\uD83D\uDE00\u2028");
        assertThat(JsonWriter.write(Json.parse(tool))).isEqualTo(tool);
        assertThat(e.questions().get(0).hasBlank()).isTrue();
        assertThat(e.administrator()).isEqualTo("adm");
        assertThat(e.credentialAuthority()).isEqualTo("ca");
    }

    @Test
    void canonicalMeansCompactAndInOrder() {
        assertThat(JsonWriter.write(Json.parseCanonical("{\"a\":[1,-2,{}],\"b\":null,\"c\":true}")))
                .isEqualTo("{\"a\":[1,-2,{}],\"b\":null,\"c\":true}");
        for (String bad : List.of("{\"a\": 1}", " {}", "{}\n", "[1 ,2]", "\"\\/\"", "\"\\u0041\"", "01", "-0",
                "\"\\u00E9\"")) {
            assertThatThrownBy(() -> Json.parseCanonical(bad)).as(bad).isInstanceOfSatisfying(BeleniosException.class,
                    ex -> assertThat(ex.code()).isIn(FailureCode.NON_CANONICAL_JSON, FailureCode.MALFORMED_JSON));
        }
    }

    @Test
    void malformedJsonIsRefused() {
        for (String bad : List.of("", "{", "[1,]", "{\"a\"}", "{\"a\":1,}", "tru", "1.5", "1e3", "\"\u0001\"",
                "\"abc", "{} {}", "99999999999999999999", "\"\\x\"", "[".repeat(100) + "]".repeat(100))) {
            assertThatThrownBy(() -> Json.parse(bad)).as(bad).isInstanceOfSatisfying(BeleniosException.class,
                    ex -> assertThat(ex.code()).isEqualTo(FailureCode.MALFORMED_JSON));
        }
    }

    @Test
    void decodersInsistOnTheFieldOrder() {
        assertThatThrownBy(() -> Proof.fromJson(Json.parse("{\"response\":\"1\",\"challenge\":\"2\"}")))
                .isInstanceOfSatisfying(BeleniosException.class,
                        e -> assertThat(e.code()).isEqualTo(FailureCode.NON_CANONICAL_JSON));
        assertThatThrownBy(() -> Proof.fromJson(Json.parse("{\"challenge\":\"1\",\"response\":\"2\",\"x\":1}")))
                .isInstanceOf(BeleniosException.class);
        assertThatThrownBy(() -> Proof.fromJson(Json.parse("{\"challenge\":\"1\",\"challenge\":\"1\"}")))
                .isInstanceOf(BeleniosException.class);
        assertThatThrownBy(() -> Proof.fromJson(Json.parse("{\"challenge\":\"01\",\"response\":\"2\"}")))
                .isInstanceOf(BeleniosException.class);
        assertThatThrownBy(() -> Proof.fromJson(Json.parse("{\"challenge\":\"-1\",\"response\":\"2\"}")))
                .isInstanceOf(BeleniosException.class);
        assertThat(Proof.fromJson(Json.parse("{\"challenge\":\"0\",\"response\":\"12\"}")).response()).isEqualTo(12);
    }

    @Test
    void unsupportedFeaturesAreNamedAsSuch() {
        assertThatThrownBy(() -> Trustees.parse("[[\"Pedersen\",{}]]")).isInstanceOfSatisfying(BeleniosException.class,
                e -> assertThat(e.code()).isEqualTo(FailureCode.UNSUPPORTED));
        assertThatThrownBy(() -> Question.fromJson(Json.parse("{\"type\":\"NonHomomorphic\",\"value\":{}}")))
                .isInstanceOfSatisfying(BeleniosException.class,
                        e -> assertThat(e.code()).isEqualTo(FailureCode.UNSUPPORTED));
        String other = Sample.election().json().replace("BELENIOS-2048", "RFC-3526-2048");
        assertThatThrownBy(() -> Election.parse(other)).isInstanceOfSatisfying(BeleniosException.class,
                e -> assertThat(e.code()).isEqualTo(FailureCode.UNSUPPORTED));
    }

    @Test
    void invalidUtf8IsRefused() {
        assertThatThrownBy(() -> Election.parse(new byte[] {'"', (byte) 0xc3, '"'}))
                .isInstanceOfSatisfying(BeleniosException.class,
                        e -> assertThat(e.code()).isEqualTo(FailureCode.MALFORMED_JSON));
    }
}
