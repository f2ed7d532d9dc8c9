package org.madang.voting.domain.belenios;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A Belenios 2.0 ballot. It keeps its canonical JSON text, because the ballot tracker and the
 * archive member name are hashes of exactly that text, and the hash the credential signs is the
 * hash of the same JSON without its "signature" field.
 */
public final class Ballot {

    /** The credential's Schnorr signature: hash of the unsigned ballot, and the proof over it. */
    public record Signature(String hash, Proof proof) {
        Json toJson() {
            return Json.object().put("hash", hash).put("proof", proof.toJson()).build();
        }

        static Signature fromJson(Json v) {
            Decode.Fields f = Decode.fields(v, "signature");
            Signature s = new Signature(Decode.string(f.required("hash"), "hash"), Proof.fromJson(f.required("proof")));
            f.end();
            return s;
        }
    }

    private final String json;
    private final String electionUuid;
    private final String electionHash;
    private final BigInteger credential;
    private final List<Answer> answers;
    private final Signature signature;
    private final String unsignedHash;

    private Ballot(String json, String electionUuid, String electionHash, BigInteger credential, List<Answer> answers,
                   Signature signature, String unsignedHash) {
        this.json = json;
        this.electionUuid = electionUuid;
        this.electionHash = electionHash;
        this.credential = credential;
        this.answers = List.copyOf(answers);
        this.signature = signature;
        this.unsignedHash = unsignedHash;
    }

    /** Parses a ballot, refusing anything that is not byte for byte in Belenios' canonical form. */
    public static Ballot parse(String json) {
        Json tree = Json.parseCanonical(json);
        Decode.Fields f = Decode.fields(tree, "ballot");
        String uuid = Decode.string(f.required("election_uuid"), "election_uuid");
        String hash = Decode.string(f.required("election_hash"), "election_hash");
        BigInteger credential = Decode.natural(f.required("credential"), "credential");
        List<Answer> answers = Decode.list(f.required("answers"), "answers", Answer::fromJson);
        Json sig = f.optional("signature");
        f.end();
        Signature signature = sig == null ? null : Signature.fromJson(sig);
        String unsigned = Group.sha256Base64(JsonWriter.write(((Json.Obj) tree).without("signature")));
        return new Ballot(json, uuid, hash, credential, answers, signature, unsigned);
    }

    public static Ballot parse(byte[] json) {
        return parse(Utf8.decode(json));
    }

    /** Assembles the unsigned ballot whose hash the credential signs. */
    static String unsignedJson(String uuid, String electionHash, BigInteger credential, List<Answer> answers) {
        return JsonWriter.write(fields(uuid, electionHash, credential, answers).build());
    }

    static Ballot signed(String uuid, String electionHash, BigInteger credential, List<Answer> answers,
                         Signature signature) {
        String text = JsonWriter.write(fields(uuid, electionHash, credential, answers)
                .put("signature", signature.toJson()).build());
        return parse(text);
    }

    private static Json.ObjBuilder fields(String uuid, String electionHash, BigInteger credential, List<Answer> answers) {
        return Json.object()
                .put("election_uuid", uuid)
                .put("election_hash", electionHash)
                .put("credential", Json.num(credential))
                .put("answers", Json.arr(answers.stream().map(Answer::toJson).toList()));
    }

    /** The canonical JSON text. */
    public String json() {
        return json;
    }

    public byte[] bytes() {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** The smart ballot tracker shown to the voter: unpadded Base64 SHA-256 of the ballot. */
    public String tracker() {
        return Group.sha256Base64(json);
    }

    public String electionUuid() {
        return electionUuid;
    }

    public String electionHash() {
        return electionHash;
    }

    public BigInteger credential() {
        return credential;
    }

    public List<Answer> answers() {
        return answers;
    }

    /** The signature, or null for an unsigned ballot (which no election accepts). */
    public Signature signature() {
        return signature;
    }

    /** Hash of this ballot without its signature field: what the signature must cover. */
    String unsignedHash() {
        return unsignedHash;
    }
}
