package org.madang.voting.domain.poll;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.madang.platform.error.InvalidInput;

/**
 * An answer of a poll, or a project of a participatory budget (then with its cost in won). Its
 * vote count and, for a project, whether it is funded are written once, at closing.
 */
@Entity
@Table(name = "poll_option")
public class PollOption {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "poll_id")
    private Consultation poll;
    @Column(nullable = false)
    private int position;
    @Column(name = "label_ko", nullable = false, length = 200)
    private String labelKo;
    @Column(name = "label_en", nullable = false, length = 200)
    private String labelEn;
    @Column(name = "description_ko", length = 1000)
    private String descriptionKo;
    @Column(name = "description_en", length = 1000)
    private String descriptionEn;
    @Column(name = "cost_krw")
    private Long costKrw;
    private Integer votes;
    private Boolean funded;

    protected PollOption() {
    }

    PollOption(Consultation poll, int position, String labelKo, String labelEn, String descriptionKo,
               String descriptionEn, Long costKrw) {
        this.poll = poll;
        this.position = position;
        this.labelKo = required(labelKo, "labelKo", 200);
        this.labelEn = required(labelEn, "labelEn", 200);
        this.descriptionKo = optional(descriptionKo, "descriptionKo");
        this.descriptionEn = optional(descriptionEn, "descriptionEn");
        if (costKrw != null && costKrw <= 0) {
            throw new InvalidInput("poll.setup.costInvalid").onField("cost");
        }
        this.costKrw = costKrw;
    }

    static String required(String s, String field, int max) {
        String v = s == null ? "" : s.trim();
        if (v.isEmpty() || v.length() > max) {
            throw new InvalidInput("poll.setup.textRequired", max).onField(field);
        }
        return v;
    }

    private static String optional(String s, String field) {
        String v = s == null ? "" : s.trim();
        if (v.length() > 1000) {
            throw new InvalidInput("poll.setup.textRequired", 1000).onField(field);
        }
        return v.isEmpty() ? null : v;
    }

    void publish(int voteCount, Boolean isFunded) {
        this.votes = voteCount;
        this.funded = isFunded;
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getLabelKo() {
        return labelKo;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public String getDescriptionKo() {
        return descriptionKo;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public Long getCostKrw() {
        return costKrw;
    }

    public Integer getVotes() {
        return votes;
    }

    public Boolean getFunded() {
        return funded;
    }
}
