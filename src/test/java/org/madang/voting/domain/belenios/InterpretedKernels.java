package org.madang.voting.domain.belenios;

import java.math.BigInteger;
import java.util.Random;

/**
 * Run in a JVM without the JIT (-Xint) by {@link MontgomeryTest}: the JDK's Montgomery methods then
 * run as Java code, which returns differently shaped arrays than the machine-code kernels; a server
 * verifies its first ballots (demo data, the first cast) before the JIT has compiled anything.
 */
public final class InterpretedKernels {
    private InterpretedKernels() {
    }

    public static void main(String[] args) {
        Random random = new Random(7);
        BigInteger x = new BigInteger(2048, random).mod(Group.P);
        BigInteger e = new BigInteger(256, random);
        check(Montgomery.toBigInteger(SharedBase.shared(x).pow(e)).equals(x.modPow(e, Group.P)), "shared pow");
        check(Montgomery.toBigInteger(SharedBase.once(x).pow(e)).equals(x.modPow(e, Group.P)), "single pow");
        check(Montgomery.isOne(Montgomery.of(Group.P.add(BigInteger.ONE))), "p + 1 is 1");
        BigInteger element = x.modPow(Group.P.subtract(BigInteger.ONE).divide(Group.Q), Group.P);
        check(CiphertextPowers.shared(new Ciphertext(element, element)).isValid(), "a group element is valid");
        check(!CiphertextPowers.shared(new Ciphertext(element, x)).isValid(), "a non-element is invalid");
        System.out.println("interpreted kernels agree");
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            System.out.println("FAILED: " + what);
            System.exit(1);
        }
    }
}
