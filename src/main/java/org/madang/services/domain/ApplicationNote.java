package org.madang.services.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An officer's internal note on a case: the department reads it, the citizen never does. */
@Entity
@Table(name = "application_note")
public class ApplicationNote {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Instant at;
    @Column(name = "author_id", nullable = false)
    private long authorId;
    @Column(name = "author_name", nullable = false, length = 100)
    private String authorName;
    @Column(nullable = false, length = 4000)
    private String text;

    protected ApplicationNote() {
    }

    ApplicationNote(CaseActor author, String text, Instant at) {
        if (text == null || text.isBlank()) {
            throw new ApplicationInputInvalid("services.case.note.required", "note");
        }
        if (text.strip().length() > 4000) {
            throw new ApplicationInputInvalid("services.case.reason.tooLong", "note", 4000);
        }
        this.authorId = author.accountId();
        this.authorName = author.name();
        this.text = text.strip();
        this.at = at;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getText() {
        return text;
    }
}
