package org.madang.voting.domain.belenios;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupTest {
    private final SecureRandom random = new SecureRandom();

    @Test
    void parametersAreThoseOfBelenios2048() {
        assertThat(Group.P.bitLength()).isEqualTo(2048);
        assertThat(Group.Q.bitLength()).isEqualTo(256);
        assertThat(Group.P.isProbablePrime(40)).isTrue();
        assertThat(Group.Q.isProbablePrime(40)).isTrue();
        assertThat(Group.P.subtract(BigInteger.ONE).mod(Group.Q)).isZero();
        assertThat(Group.isElement(Group.G)).isTrue();
        assertThat(Group.G).isNotEqualTo(BigInteger.ONE);
        assertThat(Group.sha256Hex(Group.P.toString().getBytes()))
                .isEqualTo(Group.sha256Hex(Group.P.toString().getBytes()));
    }

    @Test
    void elementValidity() {
        assertThat(Group.isElement(BigInteger.ONE)).isTrue();
        assertThat(Group.isElement(BigInteger.ZERO)).isFalse();
        assertThat(Group.isElement(Group.P.subtract(BigInteger.ONE))).as("order 2").isFalse();
        assertThat(Group.isElement(Group.G.add(Group.P))).as("not reduced").isFalse();
        assertThat(Group.isElement(Group.G.negate())).isFalse();
        assertThat(Group.isElement(BigInteger.TWO)).isFalse();
        assertThat(Group.isElement(Group.gPow(Group.randomExponent(random)))).isTrue();
    }

    @Test
    void hashIsSha256BigEndianModQ() {
        // the trustee proof of the sample election: c = H("pok|BELENIOS-2048|X|A")
        TrusteePublicKey k = Sample.trustees().keys().get(0);
        BigInteger a = Group.gPow(k.pok().response()).multiply(k.publicKey().modPow(k.pok().challenge(), Group.P))
                .mod(Group.P);
        assertThat(Group.hash("pok|BELENIOS-2048|" + k.publicKey() + "|", List.of(a))).isEqualTo(k.pok().challenge());
        assertThat(Group.hash("abc")).isEqualTo(new BigInteger(
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", 16).mod(Group.Q));
        assertThat(Group.sha256Base64("abc")).isEqualTo("ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0");
    }

    @Test
    void fixedBaseExponentiationEqualsModPow() {
        FixedBaseTable y = new FixedBaseTable(Sample.election().publicKey());
        List<BigInteger> edge = List.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(255),
                BigInteger.valueOf(256), Group.Q.subtract(BigInteger.ONE), Group.Q, Group.Q.add(BigInteger.TEN),
                BigInteger.ONE.shiftLeft(255), BigInteger.valueOf(-5), BigInteger.ONE.shiftLeft(300));
        for (BigInteger e : edge) {
            BigInteger expected = Group.G.modPow(e.mod(Group.Q), Group.P);
            assertThat(Group.gPow(e)).as("g^" + e).isEqualTo(expected);
            assertThat(y.pow(e)).isEqualTo(y.base().modPow(e.mod(Group.Q), Group.P));
        }
        for (int i = 0; i < 50; i++) {
            BigInteger e = Group.randomExponent(random);
            assertThat(y.pow(e)).isEqualTo(y.base().modPow(e, Group.P));
        }
    }

    @Test
    void fastProductsMatchPlainArithmetic() {
        BigInteger[] xs = new BigInteger[7];
        BigInteger expected = BigInteger.ONE;
        for (int i = 0; i < xs.length; i++) {
            xs[i] = Group.gPow(Group.randomExponent(random));
            expected = expected.multiply(xs[i]).mod(Group.P);
        }
        assertThat(Montgomery.product(xs)).isEqualTo(expected);
        assertThat(Montgomery.product(new BigInteger[] {xs[0]})).isEqualTo(xs[0]);
        assertThat(Montgomery.product(new BigInteger[0])).isEqualTo(BigInteger.ONE);
        BigInteger big = Group.P.add(BigInteger.TEN);
        assertThat(Group.mulMod(big, xs[1])).isEqualTo(big.multiply(xs[1]).mod(Group.P));
        assertThat(Group.mulMod(Group.P.subtract(BigInteger.ONE), Group.P.subtract(BigInteger.ONE))).isEqualTo(BigInteger.ONE);
        for (int i = 0; i < 200; i++) {
            BigInteger a = new BigInteger(2048, random).mod(Group.P);
            BigInteger b = new BigInteger(2048, random).mod(Group.P);
            assertThat(Group.MOD_P.reduce(a.multiply(b))).isEqualTo(a.multiply(b).mod(Group.P));
        }
    }

    /**
     * Prints how much faster the tables are than modPow; asserts a modest margin only, as a loaded
     * CI machine makes timings noisy (on a quiet 2-core machine the ratio is well above that).
     */
    @Test
    void fixedBaseIsFasterThanModPow() {
        FixedBaseTable g = Group.generatorTable();
        BigInteger[] es = new BigInteger[300];
        for (int i = 0; i < es.length; i++) {
            es[i] = Group.randomExponent(random);
        }
        double best = 0;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            for (BigInteger e : es) {
                Group.G.modPow(e, Group.P);
            }
            long t1 = System.nanoTime();
            for (BigInteger e : es) {
                g.pow(e);
            }
            long t2 = System.nanoTime();
            double ratio = (double) (t1 - t0) / (t2 - t1);
            best = Math.max(best, ratio);
            System.out.printf("modPow %.0f us, fixed-base %.0f us per exponentiation: %.1fx%n",
                    (t1 - t0) / 1e3 / es.length, (t2 - t1) / 1e3 / es.length, ratio);
        }
        assertThat(best).isGreaterThan(1.5);
    }
}
