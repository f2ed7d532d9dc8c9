package org.madang.voting.domain.poll;

import org.madang.platform.integrity.HashChain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * The arithmetic of the public receipt list, in one place so the page, the API and the tests all
 * say the same thing.
 * <ul>
 *   <li>choice digest = SHA-256(canonical(poll id, positions "2,5", key)), where the key is 128
 *       random bits handed to the participant only. Without the key the digest hides the choice
 *       (a poll has few possible answers: a bare hash of them could be reversed by trying them all).</li>
 *   <li>entry hash = SHA-256(previous hash || "\n" || canonical(receipt code, choice digest)), the
 *       first entry's previous hash being 64 zeros ({@link HashChain#link}); canonical(...) is
 *       {@link HashChain#canonical}: each field as length:value;</li>
 * </ul>
 */
public final class ReceiptChain {
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReceiptChain() {
    }

    public static String newKey() {
        byte[] k = new byte[16];
        RANDOM.nextBytes(k);
        return HexFormat.of().formatHex(k);
    }

    public static String choiceDigest(long pollId, Selection selection, String key) {
        return sha256(HashChain.canonical(List.of(String.valueOf(pollId), selection.canonical(), key)));
    }

    public static String entryContent(String receiptCode, String choiceDigest) {
        return HashChain.canonical(List.of(receiptCode, choiceDigest));
    }

    public static String entryHash(String previousHash, String receiptCode, String choiceDigest) {
        return HashChain.link(previousHash, entryContent(receiptCode, choiceDigest));
    }

    /** Walks the entries in order and names the first that does not hold. */
    public static HashChain.Verdict verify(List<PollReceipt> entries) {
        return HashChain.verify(entries.stream().map(e -> new HashChain.Link(e.getSequence(), e.getPreviousHash(),
                e.getHash(), entryContent(e.getCode(), e.getChoiceDigest()))).toList());
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
