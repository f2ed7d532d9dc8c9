package org.madang.voting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.madang.voting.domain.belenios.PublicCredentials;

import java.util.Objects;

/**
 * The public credentials of a frozen election, as the archive lists them. A row of its own: at
 * about 620 bytes a credential it is the largest part of an election, needed only to cast, to
 * tally and to write the archive, and it never changes once written.
 */
@Entity
@Table(name = "voting_public_credentials")
public class ElectionCredentials {
    @Id
    @Column(name = "election_id")
    private Long electionId;
    @Column(nullable = false)
    private String credentials;

    protected ElectionCredentials() {
    }

    public ElectionCredentials(long electionId, PublicCredentials credentials) {
        this.electionId = electionId;
        this.credentials = Objects.requireNonNull(credentials).toCanonicalJson();
    }

    public PublicCredentials publicCredentials() {
        return PublicCredentials.parse(credentials);
    }
}
