package org.madang.voting.domain.belenios;

import java.math.BigInteger;
import java.util.List;

/**
 * {@code trustees.json}: the list of trustees, each {@code ["Single", public key]}. Threshold
 * ("Pedersen") trustees are refused as unsupported.
 */
public record Trustees(List<TrusteePublicKey> keys) {

    public Trustees {
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new BeleniosException(FailureCode.BAD_TRUSTEE_KEY, "an election needs at least one trustee");
        }
    }

    public Json toJson() {
        return Json.arr(keys.stream().map(k -> (Json) Json.arr(List.of(Json.str("Single"), k.toJson()))).toList());
    }

    public String toCanonicalJson() {
        return JsonWriter.write(toJson());
    }

    public static Trustees fromJson(Json v) {
        return new Trustees(Decode.list(v, "trustees", Trustees::single));
    }

    public static Trustees parse(String json) {
        return fromJson(Json.parseCanonical(json));
    }

    private static TrusteePublicKey single(Json v) {
        if (!(v instanceof Json.Arr a) || a.items().size() != 2) {
            throw Decode.malformed("a trustee must be [kind, parameters]");
        }
        String kind = Decode.string(a.items().get(0), "trustee kind");
        if ("Pedersen".equals(kind)) {
            throw new BeleniosException(FailureCode.UNSUPPORTED, "threshold (Pedersen) trustees are not supported");
        }
        if (!"Single".equals(kind)) {
            throw Decode.malformed("unknown trustee kind " + kind);
        }
        return TrusteePublicKey.fromJson(a.items().get(1));
    }

    /** Every key is a group element with a valid proof of knowledge; throws with the 1-based index otherwise. */
    public void checkAll() {
        for (int i = 0; i < keys.size(); i++) {
            if (!keys.get(i).isValid()) {
                throw new BeleniosException(FailureCode.BAD_TRUSTEE_KEY,
                        "trustee " + (i + 1) + ": invalid public key or proof of knowledge");
            }
        }
    }

    /** The election public key y: the product of the trustees' keys. */
    public BigInteger combinedPublicKey() {
        BigInteger y = BigInteger.ONE;
        for (TrusteePublicKey k : keys) {
            y = Group.mulMod(y, k.publicKey());
        }
        return y;
    }

    public int size() {
        return keys.size();
    }
}
