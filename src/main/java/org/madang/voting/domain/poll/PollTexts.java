package org.madang.voting.domain.poll;

/** The title and description of a poll or budget, in Korean and English. */
public record PollTexts(String titleKo, String titleEn, String descriptionKo, String descriptionEn) {
}
