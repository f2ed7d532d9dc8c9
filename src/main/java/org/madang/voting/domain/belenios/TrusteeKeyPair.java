package org.madang.voting.domain.belenios;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;

/**
 * A trustee's key pair, as made by {@code belenios-tool setup generate-trustee-key}: the private
 * key x is a random exponent, the public part carries a proof of knowledge of x.
 */
public record TrusteeKeyPair(BigInteger privateKey, TrusteePublicKey publicKey) {

    public static TrusteeKeyPair generate(SecureRandom random) {
        BigInteger x = Group.randomExponent(random);
        BigInteger y = Group.gPow(x);
        BigInteger w = Group.randomExponent(random);
        BigInteger challenge = Group.hash(TrusteePublicKey.pokPrefix(y), List.of(Group.gPow(w)));
        BigInteger response = w.subtract(x.multiply(challenge)).mod(Group.Q);
        return new TrusteeKeyPair(x, new TrusteePublicKey(new Proof(challenge, response), y));
    }

    /** Reads a {@code .privkey} file: the private key as a JSON string, e.g. {@code "4080..."}. */
    public static BigInteger parsePrivateKey(String fileContent) {
        BigInteger x = Decode.natural(Json.parseCanonical(Json.withoutFinalNewline(fileContent.strip())), "private key");
        if (!Group.isExponent(x)) {
            throw new BeleniosException(FailureCode.BAD_TRUSTEE_KEY, "private key out of range");
        }
        return x;
    }

    /** The {@code .privkey} file content Belenios writes (a JSON string and a newline). */
    public String privateKeyFile() {
        return "\"" + privateKey + "\"\n";
    }
}
