package org.madang.voting.domain.belenios;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Election parameters ({@code election.json}). The exact JSON text is kept because the election
 * fingerprint, which every ballot and proof refers to, is the hash of those bytes.
 */
public final class Election {
    private final String json;
    private final String fingerprint;
    private final String description;
    private final String name;
    private final BigInteger publicKey;
    private final List<Question> questions;
    private final String uuid;
    private final String administrator;
    private final String credentialAuthority;

    private Election(String json, String description, String name, BigInteger publicKey, List<Question> questions,
                     String uuid, String administrator, String credentialAuthority) {
        this.json = json;
        this.fingerprint = Group.sha256Base64(json);
        this.description = description;
        this.name = name;
        this.publicKey = publicKey;
        this.questions = List.copyOf(questions);
        this.uuid = uuid;
        this.administrator = administrator;
        this.credentialAuthority = credentialAuthority;
    }

    /** A new election whose public key is the product of the trustees' keys. */
    public static Election create(String uuid, String name, String description, List<Question> questions,
                                  Trustees trustees, String administrator, String credentialAuthority) {
        Uuids.requireValid(uuid);
        if (questions.isEmpty()) {
            throw new BeleniosException(FailureCode.BAD_ELECTION, "an election needs at least one question");
        }
        BigInteger y = trustees.combinedPublicKey();
        Json.Obj tree = Json.object()
                .put("version", 1)
                .put("description", description)
                .put("name", name)
                .put("group", Group.NAME)
                .put("public_key", Json.num(y))
                .put("questions", Json.arr(questions.stream().map(Question::toJson).toList()))
                .put("uuid", uuid)
                .put("administrator", administrator)
                .put("credential_authority", credentialAuthority)
                .build();
        return new Election(JsonWriter.write(tree), description, name, y, questions, uuid, administrator,
                credentialAuthority);
    }

    /** Parses canonical election JSON (no trailing newline). Checks shape, not the key: see {@link #checkKey}. */
    public static Election parse(String json) {
        Decode.Fields f = Decode.fields(Json.parseCanonical(json), "election");
        long version = Decode.integer(f.required("version"), "version");
        String description = Decode.string(f.required("description"), "description");
        String name = Decode.string(f.required("name"), "name");
        String group = Decode.string(f.required("group"), "group");
        BigInteger y = Decode.natural(f.required("public_key"), "public_key");
        List<Question> questions = Decode.list(f.required("questions"), "questions", Question::fromJson);
        String uuid = Decode.string(f.required("uuid"), "uuid");
        Json admin = f.optional("administrator");
        Json ca = f.optional("credential_authority");
        f.end();
        if (version != 1) {
            throw new BeleniosException(FailureCode.UNSUPPORTED, "election version " + version + " is not supported");
        }
        if (!Group.NAME.equals(group)) {
            throw new BeleniosException(FailureCode.UNSUPPORTED, "group " + group + " is not supported");
        }
        Uuids.requireValid(uuid);
        if (questions.isEmpty()) {
            throw new BeleniosException(FailureCode.BAD_ELECTION, "the election has no question");
        }
        return new Election(json, description, name, y, questions, uuid,
                admin == null ? null : Decode.string(admin, "administrator"),
                ca == null ? null : Decode.string(ca, "credential_authority"));
    }

    public static Election parse(byte[] json) {
        return parse(Utf8.decode(json));
    }

    /** The public key must be a group element and the product of the trustees' keys. */
    public void checkKey(Trustees trustees) {
        if (!Group.isElement(publicKey)) {
            throw new BeleniosException(FailureCode.BAD_ELECTION, "the election public key is not a group element");
        }
        if (!publicKey.equals(trustees.combinedPublicKey())) {
            throw new BeleniosException(FailureCode.BAD_ELECTION,
                    "the election public key is not the product of the trustees' public keys");
        }
    }

    /** The canonical JSON text, as stored in the archive (no trailing newline). */
    public String json() {
        return json;
    }

    public byte[] bytes() {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** φ: unpadded Base64 SHA-256 of the JSON bytes ("election_hash" in ballots). */
    public String fingerprint() {
        return fingerprint;
    }

    public String description() {
        return description;
    }

    public String name() {
        return name;
    }

    public BigInteger publicKey() {
        return publicKey;
    }

    public List<Question> questions() {
        return questions;
    }

    public String uuid() {
        return uuid;
    }

    public String administrator() {
        return administrator;
    }

    public String credentialAuthority() {
        return credentialAuthority;
    }
}
