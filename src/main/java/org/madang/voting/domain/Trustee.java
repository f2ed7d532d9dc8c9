package org.madang.voting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.InvalidInput;
import org.madang.voting.domain.belenios.BeleniosException;
import org.madang.voting.domain.belenios.TrusteeKeyPair;
import org.madang.voting.domain.belenios.TrusteePublicKey;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Instant;

/**
 * A trustee of one election: a person who holds a share of the decryption key, or the portal
 * itself (no account). A person's private key never reaches the portal: they upload the public key
 * with its proof of knowledge, which is checked here, and later their partial decryption.
 */
@Entity
@Table(name = "voting_trustee")
public class Trustee {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "election_id", nullable = false, updatable = false)
    private Election election;
    @Column(nullable = false)
    private int position;
    @Column(name = "account_id", updatable = false)
    private Long accountId;
    @Column(nullable = false, length = 100)
    private String name;
    @Column(name = "public_key")
    private String publicKey;
    @Column(name = "portal_private_key")
    private String portalPrivateKey;
    @Column(name = "decryption")
    private String decryption;
    @Column(name = "decryption_seq")
    private Integer decryptionSeq;
    @Column(name = "decrypted_at")
    private Instant decryptedAt;

    protected Trustee() {
    }

    private Trustee(Election election, int position, Long accountId, String name) {
        this.election = election;
        this.position = position;
        this.accountId = accountId;
        this.name = name;
    }

    static Trustee person(Election election, int position, long accountId, String name) {
        return new Trustee(election, position, accountId, name);
    }

    /** The portal as a trustee: it makes its key pair now and keeps the private part. */
    static Trustee portal(Election election, int position, SecureRandom random) {
        Trustee t = new Trustee(election, position, null, "Madang");
        TrusteeKeyPair k = TrusteeKeyPair.generate(random);
        t.publicKey = k.publicKey().toCanonicalJson();
        t.portalPrivateKey = k.privateKey().toString();
        return t;
    }

    /** Accepts the public key with its proof of knowledge, as belenios-tool or the browser writes it. */
    public void uploadPublicKey(String json) {
        election.requireStatus(ElectionStatus.SETUP);
        if (isPortal()) {
            throw new Conflict("voting.trustee.portalKeyFixed");
        }
        TrusteePublicKey key;
        try {
            key = TrusteePublicKey.parse(json == null ? "" : json.strip());
        } catch (BeleniosException e) {
            throw new InvalidInput("voting.trustee.keyMalformed").onField("publicKey");
        }
        if (!key.isValid()) {
            throw new InvalidInput("voting.trustee.keyInvalid").onField("publicKey");
        }
        this.publicKey = key.toCanonicalJson();
    }

    void recordDecryption(String canonicalJson, int seq, Instant now) {
        if (decryption != null) {
            throw new Conflict("voting.trustee.alreadyDecrypted");
        }
        this.decryption = canonicalJson;
        this.decryptionSeq = seq;
        this.decryptedAt = now;
    }

    public TrusteePublicKey key() {
        return TrusteePublicKey.parse(publicKey);
    }

    public BigInteger portalPrivateKey() {
        return portalPrivateKey == null ? null : new BigInteger(portalPrivateKey);
    }

    public boolean isPortal() {
        return accountId == null;
    }

    public boolean hasKey() {
        return publicKey != null;
    }

    public boolean hasDecrypted() {
        return decryption != null;
    }

    public Long getId() {
        return id;
    }

    public Election getElection() {
        return election;
    }

    public int getPosition() {
        return position;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public String getPublicKey() {
        return publicKey;
    }

    public String getDecryption() {
        return decryption;
    }

    public Integer getDecryptionSeq() {
        return decryptionSeq;
    }

    public Instant getDecryptedAt() {
        return decryptedAt;
    }

    void renumber(int position) {
        this.position = position;
    }
}
