package org.madang.voting.domain.poll;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.madang.platform.error.InvalidInput;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Who may take part: always verified residents only, optionally of one region (identity's region
 * name) and optionally aged {@code minAge} or more on the closing day (the day counted in Korea's
 * time zone), so that a person's eligibility does not change while the poll runs.
 */
@Embeddable
public class PollEligibility {
    public static final int MAX_AGE = 120;

    @Column(name = "region", length = 20)
    private String region;
    @Column(name = "min_age")
    private Integer minAge;

    protected PollEligibility() {
    }

    public PollEligibility(String region, Integer minAge) {
        String r = region == null || region.isBlank() ? null : region.trim();
        if (r != null && !r.matches("[A-Z]{2,20}")) {
            throw new InvalidInput("poll.setup.regionInvalid").onField("region");
        }
        if (minAge != null && (minAge < 0 || minAge > MAX_AGE)) {
            throw new InvalidInput("poll.setup.minAgeInvalid").onField("minAge");
        }
        this.region = r;
        this.minAge = minAge == null || minAge == 0 ? null : minAge;
    }

    public static PollEligibility anyVerifiedResident() {
        return new PollEligibility(null, null);
    }

    /**
     * Why this person may not take part, as a message key, or empty if they may. The facts come
     * from the person's own account: verification level, region, birth date.
     */
    public Optional<String> refusal(boolean verifiedResident, String personRegion, LocalDate birthDate,
                                    LocalDate closingDay) {
        if (!verifiedResident) {
            return Optional.of("poll.refused.notVerified");
        }
        if (region != null && !region.equals(personRegion)) {
            return Optional.of("poll.refused.region");
        }
        if (minAge != null && (birthDate == null || birthDate.plusYears(minAge).isAfter(closingDay))) {
            return Optional.of("poll.refused.age");
        }
        return Optional.empty();
    }

    public String getRegion() {
        return region;
    }

    public Integer getMinAge() {
        return minAge;
    }
}
