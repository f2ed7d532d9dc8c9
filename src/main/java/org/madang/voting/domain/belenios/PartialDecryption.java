package org.madang.voting.domain.belenios;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * A trustee's share of the decryption of the tally: for every ciphertext the factor alpha^x and a
 * Chaum-Pedersen proof that log_g X = log_alpha factor, with c = H("decrypt|φ|X|A,B").
 */
public record PartialDecryption(List<List<BigInteger>> decryptionFactors, List<List<Proof>> decryptionProofs) {

    public PartialDecryption {
        decryptionFactors = decryptionFactors.stream().map(List::copyOf).toList();
        decryptionProofs = decryptionProofs.stream().map(List::copyOf).toList();
    }

    public Json toJson() {
        return Json.object()
                .put("decryption_factors", Json.arr(decryptionFactors.stream()
                        .map(r -> (Json) Json.arr(r.stream().map(Json::num).toList())).toList()))
                .put("decryption_proofs", Json.arr(decryptionProofs.stream().map(Proof::listToJson).toList()))
                .build();
    }

    public String toCanonicalJson() {
        return JsonWriter.write(toJson());
    }

    public static PartialDecryption parse(String json) {
        Decode.Fields f = Decode.fields(Json.parseCanonical(json), "partial decryption");
        List<List<BigInteger>> factors = Decode.list(f.required("decryption_factors"), "decryption_factors",
                row -> Decode.list(row, "decryption factors", v -> Decode.natural(v, "decryption factor")));
        List<List<Proof>> proofs = Decode.list(f.required("decryption_proofs"), "decryption_proofs",
                Proof::listFromJson);
        f.end();
        return new PartialDecryption(factors, proofs);
    }

    /** The partial decryption of {@code tally} with private key x, as {@code belenios-tool election decrypt} makes it. */
    public static PartialDecryption create(ElectionContext ctx, EncryptedTally tally, BigInteger x,
                                           SecureRandom random) {
        String prefix = prefix(ctx, ctx.g().pow(x));
        List<List<BigInteger>> factors = new ArrayList<>();
        List<List<Proof>> proofs = new ArrayList<>();
        for (List<Ciphertext> row : tally.ciphertexts()) {
            List<BigInteger> fr = new ArrayList<>();
            List<Proof> pr = new ArrayList<>();
            for (Ciphertext c : row) {
                fr.add(c.alpha().modPow(x, Group.P));
                BigInteger w = Group.randomExponent(random);
                BigInteger challenge = Group.hash(prefix, List.of(ctx.g().pow(w), c.alpha().modPow(w, Group.P)));
                pr.add(new Proof(challenge, w.subtract(x.multiply(challenge)).mod(Group.Q)));
            }
            factors.add(fr);
            proofs.add(pr);
        }
        return new PartialDecryption(factors, proofs);
    }

    /** Checks every factor and proof against the trustee's public key X; returns a reason or null when valid. */
    public String check(ElectionContext ctx, EncryptedTally tally, BigInteger trusteeKey) {
        List<List<Ciphertext>> cs = tally.ciphertexts();
        if (decryptionFactors.size() != cs.size() || decryptionProofs.size() != cs.size()) {
            return "it does not have the shape of the tally";
        }
        String prefix = prefix(ctx, trusteeKey);
        for (int q = 0; q < cs.size(); q++) {
            List<Ciphertext> row = cs.get(q);
            if (decryptionFactors.get(q).size() != row.size() || decryptionProofs.get(q).size() != row.size()) {
                return "it does not have the shape of the tally";
            }
            for (int i = 0; i < row.size(); i++) {
                BigInteger f = decryptionFactors.get(q).get(i);
                Proof p = decryptionProofs.get(q).get(i);
                if (!Group.isElement(f)) {
                    return "factor " + (q + 1) + "." + (i + 1) + " is not a group element";
                }
                if (!p.inRange()) {
                    return "proof " + (q + 1) + "." + (i + 1) + " is out of range";
                }
                BigInteger a = Group.mulMod(ctx.g().pow(p.response()), trusteeKey.modPow(p.challenge(), Group.P));
                BigInteger b = Group.mulMod(row.get(i).alpha().modPow(p.response(), Group.P),
                        f.modPow(p.challenge(), Group.P));
                if (!p.challenge().equals(Group.hash(prefix, List.of(a, b)))) {
                    return "proof " + (q + 1) + "." + (i + 1) + " does not verify";
                }
            }
        }
        return null;
    }

    private static String prefix(ElectionContext ctx, BigInteger trusteeKey) {
        return "decrypt|" + ctx.fingerprint() + "|" + trusteeKey + "|";
    }
}
