package org.madang.privacy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.madang.platform.integrity.HashChain;
import org.madang.platform.privacy.PersonalDataRead;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One read of a citizen's personal data by someone else: who (account, name, role, department),
 * whose data, which fields, for what purpose, when. Created only by {@link AccessLogHead#append},
 * which links it into the chain; never changed afterwards (the table's trigger refuses it).
 */
@Entity
@Immutable
@Table(name = "personal_data_access")
public class AccessLogEntry {
    static final int ACTOR_MAX = 320;
    static final int NAME_MAX = 200;
    static final int ROLE_MAX = 40;
    static final int FIELDS_MAX = 2000;
    static final int PURPOSE_MAX = 200;
    static final int REFERENCE_MAX = 500;
    /** Fields are stored as one text, "name,email,birthDate": a field name may not contain it. */
    static final String FIELD_SEPARATOR = ",";

    private static final DateTimeFormatter UTC_MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    @Id
    private long sequence;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(name = "subject_account_id", nullable = false)
    private long subjectAccountId;
    @Column(nullable = false)
    private String actor;
    @Column(name = "actor_name", nullable = false)
    private String actorName;
    @Column(name = "actor_role", nullable = false)
    private String actorRole;
    @Column(name = "actor_department_id")
    private Long actorDepartmentId;
    @Column(nullable = false)
    private String fields;
    @Column(name = "purpose_key", nullable = false)
    private String purposeKey;
    @Column(name = "purpose_reference")
    private String purposeReference;
    @Column(name = "previous_hash", nullable = false)
    private String previousHash;
    @Column(nullable = false)
    private String hash;

    protected AccessLogEntry() {
        // for JPA
    }

    AccessLogEntry(long sequence, String previousHash, PersonalDataRead read) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1: " + sequence);
        }
        this.sequence = sequence;
        this.previousHash = HashChain.requireHash(previousHash);
        // truncated before hashing, so the hash matches what PostgreSQL (microseconds) gives back
        this.occurredAt = Objects.requireNonNull(read.occurredAt(), "occurredAt").truncatedTo(ChronoUnit.MICROS);
        this.subjectAccountId = read.subjectAccountId();
        this.actor = required("actor", read.actor(), ACTOR_MAX);
        this.actorName = limited("actorName", read.actorName() == null ? "" : read.actorName(), NAME_MAX);
        this.actorRole = required("actorRole", read.actorRole(), ROLE_MAX);
        this.actorDepartmentId = read.actorDepartmentId();
        this.fields = limited("fields", joinFields(read.fields()), FIELDS_MAX);
        // a read with no stated purpose is exactly what the log exists to prevent
        this.purposeKey = required("purposeKey", read.purposeKey(), PURPOSE_MAX);
        this.purposeReference = read.purposeReference() == null || read.purposeReference().isBlank() ? null
                : limited("purposeReference", read.purposeReference(), REFERENCE_MAX);
        this.hash = HashChain.link(previousHash, canonical());
    }

    /** The hashed content: every column but the hashes, the sequence and time included. */
    public String canonical() {
        return canonical(sequence, occurredAt, subjectAccountId, actor, actorName, actorRole, actorDepartmentId, fields,
                purposeKey, purposeReference);
    }

    /** The same, from stored column values (verification reads columns, not managed entities). */
    static String canonical(long sequence, Instant occurredAt, long subjectAccountId, String actor, String actorName,
                            String actorRole, Long actorDepartmentId, String fields, String purposeKey,
                            String purposeReference) {
        return HashChain.canonical(List.of(Long.toString(sequence), UTC_MICROS.format(occurredAt),
                Long.toString(subjectAccountId), actor, actorName, actorRole,
                actorDepartmentId == null ? "" : actorDepartmentId.toString(), fields, purposeKey,
                purposeReference == null ? "" : purposeReference));
    }

    /** The time as it is hashed: UTC, microseconds, e.g. 2026-11-27T05:03:07.123456Z. */
    static String hashedTime(Instant t) {
        return UTC_MICROS.format(t);
    }

    public HashChain.Link link() {
        return new HashChain.Link(sequence, previousHash, hash, canonical());
    }

    public List<String> fieldList() {
        return fields.isEmpty() ? List.of() : Arrays.asList(fields.split(FIELD_SEPARATOR));
    }

    static String joinFields(List<String> fields) {
        for (String f : fields) {
            if (f == null || f.isBlank() || f.contains(FIELD_SEPARATOR)) {
                throw new IllegalArgumentException("not a field name: '" + f + "'");
            }
        }
        return String.join(FIELD_SEPARATOR, fields);
    }

    static String required(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return limited(name, value, max);
    }

    static String limited(String name, String value, int max) {
        if (value.length() > max) {
            throw new IllegalArgumentException(name + " is longer than " + max + " characters");
        }
        return value;
    }

    public long getSequence() {
        return sequence;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public long getSubjectAccountId() {
        return subjectAccountId;
    }

    public String getActor() {
        return actor;
    }

    public String getActorName() {
        return actorName;
    }

    public String getActorRole() {
        return actorRole;
    }

    public Long getActorDepartmentId() {
        return actorDepartmentId;
    }

    public String getFields() {
        return fields;
    }

    public String getPurposeKey() {
        return purposeKey;
    }

    public String getPurposeReference() {
        return purposeReference;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
