package org.madang.privacy.api;

import org.junit.jupiter.api.Test;
import org.madang.privacy.application.ExportSection;
import org.madang.privacy.application.PersonalDataExport;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ExportHtmlTest {
    private static final Instant T = Instant.parse("2026-11-27T05:03:00Z");

    private static String render(Locale locale) {
        ExportSection account = new ExportSection("account", "privacy.export.section.account", "privacy.export.field.",
                List.of(ExportSection.record().put("name", "<script>alert('x')</script>").put("region", "SEOUL")
                        .put("roles", List.of("CITIZEN")).put("birthDate", LocalDate.of(1985, 3, 14))
                        .put("verifiedAt", null).build()));
        ExportSection log = new ExportSection("accessLog", "privacy.export.section.accessLog", "privacy.export.field.",
                List.of(ExportSection.record().put("purpose", "purpose.admin.account")
                        .put("fields", List.of("name", "email")).put("occurredAt", T).build()));
        ExportSection none = new ExportSection("consents", "privacy.export.section.consents", "privacy.export.field.",
                List.of());
        StringWriter out = new StringWriter();
        ExportHtml.write(new PersonalDataExport(42, T, List.of(account, log, none), 1), locale, ZoneId.of("Asia/Seoul"),
                out);
        return out.toString();
    }

    @Test
    void everySectionIsReadableInTheReadersLanguageAndNothingIsInterpretedAsMarkup() {
        String ko = render(Locale.KOREAN);

        assertThat(ko).startsWith("<!DOCTYPE html>").contains("<html lang=\"ko\">")
                .contains("<section id=\"account\">", "<h2>계정 정보</h2>", "<h2>내 정보 열람 기록</h2>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>")
                .contains("<dd>서울특별시</dd>", "<dd>시민</dd>", "관리자의 계정 관리(계정 상세 열람)", "<dd>이름, 이메일</dd>")
                .contains("<dd>—</dd>", "<p>없음</p>", "1건");

        String en = render(Locale.ENGLISH);
        assertThat(en).contains("<html lang=\"en\">", "<h2>Account</h2>", "<dd>name, e-mail</dd>");
    }
}
