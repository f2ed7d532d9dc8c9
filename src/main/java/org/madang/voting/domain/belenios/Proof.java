package org.madang.voting.domain.belenios;

import java.math.BigInteger;
import java.util.List;

/** A Fiat-Shamir proof (challenge, response), both in Z_q; Belenios responses are w - x·c mod q. */
public record Proof(BigInteger challenge, BigInteger response) {

    public Json toJson() {
        return Json.object().put("challenge", Json.num(challenge)).put("response", Json.num(response)).build();
    }

    public static Proof fromJson(Json v) {
        Decode.Fields f = Decode.fields(v, "proof");
        Proof p = new Proof(Decode.natural(f.required("challenge"), "challenge"),
                Decode.natural(f.required("response"), "response"));
        f.end();
        return p;
    }

    static List<Proof> listFromJson(Json v) {
        return Decode.list(v, "proofs", Proof::fromJson);
    }

    static Json listToJson(List<Proof> proofs) {
        return Json.arr(proofs.stream().map(Proof::toJson).toList());
    }

    /** Both numbers in [0, q): Belenios' check_modulo, done before any exponentiation. */
    public boolean inRange() {
        return Group.isExponent(challenge) && Group.isExponent(response);
    }
}
