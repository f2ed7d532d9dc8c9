package org.madang.voting.domain.belenios;

import java.math.BigInteger;
import java.util.List;

/** A trustee's public key X = g^x with its Schnorr proof of knowledge of x ({@code *.pubkey}). */
public record TrusteePublicKey(Proof pok, BigInteger publicKey, String name) {

    public TrusteePublicKey(Proof pok, BigInteger publicKey) {
        this(pok, publicKey, null);
    }

    public Json toJson() {
        return Json.object().put("pok", pok.toJson()).put("public_key", Json.num(publicKey)).put("name", name).build();
    }

    public String toCanonicalJson() {
        return JsonWriter.write(toJson());
    }

    public static TrusteePublicKey fromJson(Json v) {
        Decode.Fields f = Decode.fields(v, "trustee public key");
        Proof pok = Proof.fromJson(f.required("pok"));
        BigInteger y = Decode.natural(f.required("public_key"), "public_key");
        Json name = f.optional("name");
        f.end();
        return new TrusteePublicKey(pok, y, name == null ? null : Decode.string(name, "name"));
    }

    /** Parses a canonical trustee public key, e.g. the content of a {@code .pubkey} file without its newline. */
    public static TrusteePublicKey parse(String json) {
        return fromJson(Json.parseCanonical(json));
    }

    /** Checks that X is a group element and the pok: c = H("pok|BELENIOS-2048|X|g^r·X^c"). */
    public boolean isValid() {
        if (!Group.isElement(publicKey) || !pok.inRange()) {
            return false;
        }
        BigInteger commitment = Group.mulMod(Group.gPow(pok.response()), publicKey.modPow(pok.challenge(), Group.P));
        return pok.challenge().equals(Group.hash(pokPrefix(publicKey), List.of(commitment)));
    }

    static String pokPrefix(BigInteger publicKey) {
        return "pok|" + Group.NAME + "|" + publicKey + "|";
    }
}
