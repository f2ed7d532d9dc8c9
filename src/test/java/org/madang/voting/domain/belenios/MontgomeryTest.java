package org.madang.voting.domain.belenios;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast arithmetic under ballot verification agrees with BigInteger on every path. */
class MontgomeryTest {
    private static final BigInteger TWO_2048 = BigInteger.ONE.shiftLeft(2048);
    private final Random random = new Random(20261128);

    @Test
    void theJdkKernelsAreInUse() {
        // the test runners pass --add-opens like jvm.options does; losing it would halve the speed silently
        assertThat(Montgomery.fast()).isTrue();
    }

    @Test
    void theKernelsAgreeBeforeTheJitCompilesThem() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xint",
                "--add-opens", "java.base/java.math=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                InterpretedKernels.class.getName()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("interpreted kernels agree");
    }

    @Test
    void productsAndSquaresMatchBigInteger() {
        for (int i = 0; i < 200; i++) {
            BigInteger a = residue();
            BigInteger b = residue();
            int[] am = Montgomery.of(a);
            int[] bm = Montgomery.of(b);
            assertThat(Montgomery.toBigInteger(Montgomery.mul(am, bm))).isEqualTo(a.multiply(b).mod(Group.P));
            assertThat(Montgomery.toBigInteger(Montgomery.square(am))).isEqualTo(a.multiply(a).mod(Group.P));
            assertThat(Montgomery.toBigInteger(am)).isEqualTo(a);
        }
    }

    @Test
    void edgeResidues() {
        for (BigInteger x : new BigInteger[] {BigInteger.ZERO, BigInteger.ONE, Group.P.subtract(BigInteger.ONE),
                TWO_2048.subtract(BigInteger.ONE), Group.P}) {
            BigInteger y = Group.P.subtract(BigInteger.TWO);
            assertThat(Montgomery.toBigInteger(Montgomery.mul(Montgomery.of(x), Montgomery.of(y))))
                    .as("%s", x).isEqualTo(x.multiply(y).mod(Group.P));
        }
        assertThat(Montgomery.isOne(Montgomery.ONE)).isTrue();
        assertThat(Montgomery.isOne(Montgomery.of(Group.P.add(BigInteger.ONE)))).as("p + 1 is 1").isTrue();
        assertThat(Montgomery.isOne(Montgomery.of(BigInteger.TWO))).isFalse();
    }

    @Test
    void sharedAndSingleExponentiationsMatchModPow() {
        for (int i = 0; i < 20; i++) {
            BigInteger x = residue();
            SharedBase shared = SharedBase.shared(x);
            SharedBase once = SharedBase.once(x);
            for (BigInteger e : new BigInteger[] {BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(16),
                    BigInteger.valueOf(0xf0f0), Group.Q, Group.Q.subtract(BigInteger.ONE),
                    BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE), new BigInteger(256, random),
                    new BigInteger(200, random)}) {
                BigInteger expected = x.modPow(e, Group.P);
                assertThat(Montgomery.toBigInteger(shared.pow(e))).as("shared %s", e).isEqualTo(expected);
                assertThat(Montgomery.toBigInteger(once.pow(e))).as("once %s", e).isEqualTo(expected);
            }
        }
    }

    @Test
    void productsOfSharedBasesMatchModPow() {
        BigInteger x = residue();
        BigInteger y = residue();
        BigInteger z = residue();
        List<SharedBase> bases = List.of(SharedBase.shared(x), SharedBase.shared(y), SharedBase.shared(z));
        BigInteger xyz = x.multiply(y).multiply(z).mod(Group.P);
        for (BigInteger e : new BigInteger[] {BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(0x8000), Group.Q,
                new BigInteger(256, random), new BigInteger(256, random)}) {
            assertThat(Montgomery.toBigInteger(SharedBase.productPow(bases, e))).as("%s", e)
                    .isEqualTo(xyz.modPow(e, Group.P));
            assertThat(Montgomery.toBigInteger(SharedBase.productPow(bases.subList(1, 2), e)))
                    .isEqualTo(y.modPow(e, Group.P));
        }
    }

    @Test
    void productOfManyResidues() {
        BigInteger[] xs = new BigInteger[300];
        BigInteger expected = BigInteger.ONE;
        for (int i = 0; i < xs.length; i++) {
            xs[i] = i == 7 ? Group.P.subtract(BigInteger.ONE) : residue();
            expected = expected.multiply(xs[i]).mod(Group.P);
        }
        assertThat(Montgomery.product(xs)).isEqualTo(expected);
        assertThat(Montgomery.product(new BigInteger[] {xs[3]})).isEqualTo(xs[3]);
        assertThat(Montgomery.product(new BigInteger[0])).isEqualTo(BigInteger.ONE);
    }

    @Test
    void fixedBaseTableMatchesModPow() {
        BigInteger y = Group.gPow(new BigInteger(256, random));
        FixedBaseTable t = new FixedBaseTable(y);
        for (int i = 0; i < 20; i++) {
            BigInteger e = new BigInteger(256 + i % 3, random).subtract(BigInteger.valueOf(i % 2));
            assertThat(t.pow(e)).isEqualTo(y.modPow(e.mod(Group.Q), Group.P));
        }
        assertThat(t.pow(BigInteger.ZERO)).isEqualTo(BigInteger.ONE);
    }

    @Test
    void membershipTestOfCiphertexts() {
        BigInteger element = Group.gPow(new BigInteger(255, random));
        assertThat(CiphertextPowers.shared(new Ciphertext(element, element)).isValid()).isTrue();
        assertThat(CiphertextPowers.shared(new Ciphertext(element, Group.P.subtract(BigInteger.ONE))).isValid())
                .as("order 2").isFalse();
        assertThat(CiphertextPowers.shared(new Ciphertext(element.add(Group.P), element)).isValid())
                .as("not reduced").isFalse();
        assertThat(CiphertextPowers.shared(new Ciphertext(element, TWO_2048.add(element))).isValid())
                .as("wider than p").isFalse();
        assertThat(CiphertextPowers.shared(new Ciphertext(BigInteger.ZERO, element)).isValid()).isFalse();
    }

    private BigInteger residue() {
        return new BigInteger(2048, random).mod(Group.P);
    }
}
