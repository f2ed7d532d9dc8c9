package org.madang.voting.domain.poll;

import org.junit.jupiter.api.Test;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.integrity.HashChain;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The receipt code's check character and the hash chain of the public receipt list. */
class ReceiptChainTest {
    @Test
    void codesAreRandomReadableAndCatchEverySingleTypo() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            ReceiptCode c = ReceiptCode.random();
            assertThat(c.toString()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]");
            assertThat(ReceiptCode.parse(c.toString().toLowerCase())).isEqualTo(c);
            seen.add(c.value());
        }
        assertThat(seen).hasSize(200);
        ReceiptCode c = ReceiptCode.random();
        for (int pos = 0; pos < 13; pos++) {
            for (char ch : ReceiptCode.ALPHABET.toCharArray()) {
                if (ch == c.value().charAt(pos)) {
                    continue;
                }
                String typo = c.value().substring(0, pos) + ch + c.value().substring(pos + 1);
                assertThatThrownBy(() -> ReceiptCode.parse(typo)).as(typo).isInstanceOf(InvalidInput.class);
            }
        }
        assertThatThrownBy(() -> ReceiptCode.parse("")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void theDigestHidesTheChoiceWithoutTheKeyAndMatchesWithIt() {
        String key = ReceiptChain.newKey();
        String d = ReceiptChain.choiceDigest(7, Selection.of(2, 5), key);
        assertThat(d).matches("[0-9a-f]{64}");
        assertThat(ReceiptChain.choiceDigest(7, Selection.of(5, 2), key)).isEqualTo(d);
        assertThat(ReceiptChain.choiceDigest(7, Selection.of(2), key)).isNotEqualTo(d);
        assertThat(ReceiptChain.choiceDigest(8, Selection.of(2, 5), key)).isNotEqualTo(d);
        assertThat(ReceiptChain.choiceDigest(7, Selection.of(2, 5), ReceiptChain.newKey())).isNotEqualTo(d);
    }

    @Test
    void eachParticipationExtendsTheChainAndTheEntryHashIsTheDocumentedFormula() {
        Poll p = PollRulesTest.poll(null, 2);
        p.open(PollRulesTest.NOW);
        List<PollReceipt> entries = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Consultation.Participated x = p.participate(java.util.UUID.randomUUID(), i, Selection.of(1 + i % 2), PollRulesTest.NOW);
            assertThat(x.participation().getAccountId()).isEqualTo(i);
            assertThat(x.ballot().selection()).isEqualTo(Selection.of(1 + i % 2));
            entries.add(x.receipt());
        }
        assertThat(entries.get(0).getPreviousHash()).isEqualTo(HashChain.GENESIS);
        assertThat(entries).extracting(PollReceipt::getSequence).containsExactly(1, 2, 3, 4, 5);
        PollReceipt third = entries.get(2);
        assertThat(third.getPreviousHash()).isEqualTo(entries.get(1).getHash());
        String manual = HashChain.link(third.getPreviousHash(),
                third.getCode().length() + ":" + third.getCode() + ";64:" + third.getChoiceDigest() + ";");
        assertThat(third.getHash()).isEqualTo(manual);
        assertThat(p.getChainHead()).isEqualTo(entries.get(4).getHash());
        assertThat(p.getReceiptCount()).isEqualTo(5);
        assertThat(ReceiptChain.verify(entries).intact()).isTrue();
    }

    @Test
    void aChangedDigestOrAMissingEntryIsDetected() throws Exception {
        Poll p = PollRulesTest.poll(null, 2);
        p.open(PollRulesTest.NOW);
        List<PollReceipt> entries = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            entries.add(p.participate(java.util.UUID.randomUUID(), i, Selection.of(1), PollRulesTest.NOW).receipt());
        }
        Field digest = PollReceipt.class.getDeclaredField("choiceDigest");
        digest.setAccessible(true);
        String original = (String) digest.get(entries.get(1));
        digest.set(entries.get(1), "f".repeat(64));
        HashChain.Verdict v = ReceiptChain.verify(entries);
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSequence()).isEqualTo(2L);
        assertThat(v.reason()).isEqualTo("content-hash");
        digest.set(entries.get(1), original);
        assertThat(ReceiptChain.verify(entries).intact()).isTrue();

        List<PollReceipt> gap = new ArrayList<>(entries);
        gap.remove(2);
        HashChain.Verdict g = ReceiptChain.verify(gap);
        assertThat(g.intact()).isFalse();
        assertThat(g.firstBrokenSequence()).isEqualTo(4L);
        assertThat(g.reason()).isEqualTo("previous-hash");
    }
}
