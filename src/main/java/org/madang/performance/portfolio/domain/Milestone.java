package org.madang.performance.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.time.LocalDate;

/** A dated step of a task's schedule. */
@Embeddable
public class Milestone implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "due", nullable = false)
    private LocalDate due;
    @Column(name = "label", nullable = false, length = 300)
    private String label;

    protected Milestone() {
    }

    public Milestone(LocalDate due, String label) {
        this.due = due;
        this.label = label;
    }

    public LocalDate due() {
        return due;
    }

    public String label() {
        return label;
    }
}
