package org.madang.voting.domain.belenios;

import java.math.BigInteger;
import java.util.List;

/** An exponential ElGamal ciphertext: alpha = g^r, beta = y^r·g^m. */
public record Ciphertext(BigInteger alpha, BigInteger beta) {
    /** The neutral ciphertext (1, 1), the empty product of a tally. */
    public static final Ciphertext ONE = new Ciphertext(BigInteger.ONE, BigInteger.ONE);

    public Json toJson() {
        return Json.object().put("alpha", Json.num(alpha)).put("beta", Json.num(beta)).build();
    }

    public static Ciphertext fromJson(Json v) {
        Decode.Fields f = Decode.fields(v, "ciphertext");
        Ciphertext c = new Ciphertext(Decode.natural(f.required("alpha"), "alpha"),
                Decode.natural(f.required("beta"), "beta"));
        f.end();
        return c;
    }

    static List<Ciphertext> listFromJson(Json v) {
        return Decode.list(v, "ciphertexts", Ciphertext::fromJson);
    }

    static Json listToJson(List<Ciphertext> cs) {
        return Json.arr(cs.stream().map(Ciphertext::toJson).toList());
    }

    /** Homomorphic addition of the plaintexts. */
    public Ciphertext times(Ciphertext o) {
        return new Ciphertext(Group.mulMod(alpha, o.alpha), Group.mulMod(beta, o.beta));
    }

    public boolean isValid() {
        return Group.isElement(alpha) && Group.isElement(beta);
    }
}
