package org.madang.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page served again from a store of rendered pages must not reuse the script nonce it was
 * rendered with (a nonce anyone has seen protects nothing): before it is sent, the old nonce is
 * replaced in its body and in its Content-Security-Policy by a fresh one of the same form
 * (PrimeFaces accepts a posted-back nonce only as Base64 of a UUID).
 */
public final class PageNonce {
    public static final String POLICY_HEADER = "Content-Security-Policy";
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");
    private static final Pattern BODY_NONCE = Pattern.compile("nonce=\"([A-Za-z0-9+/=]+)\"");

    private PageNonce() {
    }

    public record Page(byte[] body, String policy) {
    }

    public static Optional<String> of(String policy) {
        if (policy == null) {
            return Optional.empty();
        }
        Matcher m = NONCE.matcher(policy);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * A kept page sent with a fresh nonce: the nonce its scripts carry is replaced in the body, and
     * the response's policy (without a nonce, as SecurityHeadersFilter set it) gets the fresh one
     * on its script-src. A page without nonced scripts is sent as it is.
     */
    public static Page renewInBody(byte[] body, String policy) {
        String html = new String(body, StandardCharsets.UTF_8);
        Matcher m = BODY_NONCE.matcher(html);
        if (!m.find() || policy == null) {
            return new Page(body, policy);
        }
        String fresh = fresh();
        return new Page(html.replace(m.group(1), fresh).getBytes(StandardCharsets.UTF_8), withNonce(policy, fresh));
    }

    /** Where a kept page's nonce sits in its bytes, found once when it is kept. */
    public record Slots(String nonce, int[] at) {
        static final Slots NONE = new Slots("", new int[0]);
    }

    /** The places of the page's script nonce (in its scripts and its forms' hidden fields). */
    public static Slots slots(byte[] body) {
        Matcher m = BODY_NONCE.matcher(new String(body, StandardCharsets.UTF_8));
        if (!m.find()) {
            return Slots.NONE;
        }
        byte[] n = m.group(1).getBytes(StandardCharsets.US_ASCII);
        java.util.List<Integer> at = new java.util.ArrayList<>();
        outer:
        for (int i = 0; i <= body.length - n.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (body[i + j] != n[j]) {
                    continue outer;
                }
            }
            at.add(i);
            i += n.length - 1;
        }
        return new Slots(m.group(1), at.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * As {@link #renewInBody}, but the fresh nonce is written over the old one's places in a copy of
     * the bytes (no decoding, searching and encoding of the page on every answer).
     */
    public static Page renew(byte[] body, Slots slots, String policy) {
        if (slots.at().length == 0 || policy == null) {
            return new Page(body, policy);
        }
        String fresh = fresh();
        byte[] f = fresh.getBytes(StandardCharsets.US_ASCII);
        if (f.length != slots.nonce().length()) {
            return renewInBody(body, policy); // a nonce of another form: the slow way
        }
        byte[] out = body.clone();
        for (int i : slots.at()) {
            System.arraycopy(f, 0, out, i, f.length);
        }
        return new Page(out, withNonce(policy, fresh));
    }

    /** The page with its nonce taken out (what it shows, for a validator). */
    public static byte[] withoutNonce(byte[] body) {
        String html = new String(body, StandardCharsets.UTF_8);
        Matcher m = BODY_NONCE.matcher(html);
        return m.find() ? html.replace(m.group(1), "").getBytes(StandardCharsets.UTF_8) : body;
    }

    /** The policy (as SecurityHeadersFilter set it, without a nonce) allowing the scripts of this nonce. */
    public static String withNonce(String policy, String nonce) {
        return NONCE.matcher(policy).find() ? policy.replaceAll("'nonce-[A-Za-z0-9+/=]+'", "'nonce-" + nonce + "'")
                : policy.replace("script-src 'self'", "script-src 'self' 'nonce-" + nonce + "'");
    }

    /** Whether this is a nonce of the form the portal makes (Base64 of a UUID), and nothing else. */
    public static boolean isNonce(String s) {
        if (s == null || s.length() > 64 || !s.matches("[A-Za-z0-9+/=]+")) {
            return false;
        }
        try {
            UUID.fromString(new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String fresh() {
        return Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The page with a fresh nonce; as it was when its policy has none. */
    public static Page renew(byte[] body, String policy) {
        Optional<String> old = of(policy);
        if (old.isEmpty()) {
            return new Page(body, policy);
        }
        String fresh = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        String html = new String(body, StandardCharsets.UTF_8).replace(old.get(), fresh);
        return new Page(html.getBytes(StandardCharsets.UTF_8), policy.replace(old.get(), fresh));
    }
}
