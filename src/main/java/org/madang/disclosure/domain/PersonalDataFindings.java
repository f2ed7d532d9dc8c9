package org.madang.disclosure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How many resident registration numbers, phone numbers and e-mail addresses a file's text holds. */
@Embeddable
public class PersonalDataFindings {
    @Column(name = "pii_rrn", nullable = false)
    private int residentNumbers;
    @Column(name = "pii_phone", nullable = false)
    private int phoneNumbers;
    @Column(name = "pii_email", nullable = false)
    private int emailAddresses;

    protected PersonalDataFindings() {
    }

    public PersonalDataFindings(int residentNumbers, int phoneNumbers, int emailAddresses) {
        this.residentNumbers = residentNumbers;
        this.phoneNumbers = phoneNumbers;
        this.emailAddresses = emailAddresses;
    }

    public static PersonalDataFindings none() {
        return new PersonalDataFindings(0, 0, 0);
    }

    public boolean any() {
        return residentNumbers + phoneNumbers + emailAddresses > 0;
    }

    public int residentNumbers() {
        return residentNumbers;
    }

    public int phoneNumbers() {
        return phoneNumbers;
    }

    public int emailAddresses() {
        return emailAddresses;
    }
}
