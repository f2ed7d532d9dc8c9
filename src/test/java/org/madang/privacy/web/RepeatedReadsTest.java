package org.madang.privacy.web;

import org.junit.jupiter.api.Test;
import org.madang.privacy.application.PrivacyViews.AccessView;
import org.madang.privacy.application.PrivacyViews.Reader;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RepeatedReadsTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Reader CHOI = new Reader("NTS", "국세청", "NTS", "종로세무서", "Jongno", "최유진", "OFFICER");
    private static final Reader KANG = new Reader("JONGNO", "종로구", "Jongno-gu", "민원여권과", "Civil", "강도윤", "OFFICER");

    private static AccessView read(long seq, String at, Reader who, String reference) {
        return new AccessView(seq, 7, Instant.parse(at), who, List.of("name", "address"), "purpose.case.review",
                reference, true, null);
    }

    @Test
    void oneOfficerReadingOneCaseAgainAndAgainOnADayIsOneLineWithACount() {
        List<RepeatedReads.Line> lines = RepeatedReads.fold(List.of(
                read(5, "2026-12-07T06:00:00Z", CHOI, "A-1"),
                read(4, "2026-12-07T05:00:00Z", KANG, "A-1"),
                read(3, "2026-12-07T04:00:00Z", CHOI, "A-1"),
                read(2, "2026-12-07T01:00:00Z", CHOI, "A-1"),
                read(1, "2026-12-06T01:00:00Z", CHOI, "A-1")), SEOUL);
        assertThat(lines).extracting(l -> l.latest().sequence()).containsExactly(5L, 4L, 1L);
        assertThat(lines).extracting(RepeatedReads.Line::count).containsExactly(3, 1, 1);
        assertThat(lines.get(0).first()).isEqualTo(Instant.parse("2026-12-07T01:00:00Z"));
        assertThat(lines.get(0).isRepeated()).isTrue();
        assertThat(lines.get(1).isRepeated()).isFalse();
    }

    @Test
    void theDayIsKoreasAndReadsWithoutACaseStayApart() {
        // 23:30 and 00:30 in Seoul are two days, though both are 7 Dec in UTC
        assertThat(RepeatedReads.fold(List.of(read(2, "2026-12-07T15:30:00Z", CHOI, "A-1"),
                read(1, "2026-12-07T14:30:00Z", CHOI, "A-1")), SEOUL)).hasSize(2);
        assertThat(RepeatedReads.fold(List.of(read(2, "2026-12-07T06:00:00Z", CHOI, null),
                read(1, "2026-12-07T05:00:00Z", CHOI, null)), SEOUL)).hasSize(2);
    }
}
