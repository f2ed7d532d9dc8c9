package org.madang.services.infrastructure;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.madang.platform.error.InvalidInput;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfCertificateRendererTest {
    private final PdfCertificateRenderer renderer = new PdfCertificateRenderer();

    static CertificateSheet sheet(String number, String holder, String language) {
        return new CertificateSheet(number, language, "주민등록표 등본", "Certificate of Resident Registration",
                holder, List.of(new CertificateSheet.Line("주소", "Address", "서울특별시 종로구 세종대로 209"),
                new CertificateSheet.Line("세대주", "Head of household", holder),
                new CertificateSheet.Line("용도", "Purpose", "은행 제출용 (submitted to a bank)")),
                "20261127-000123-4", "행정안전부 주민과", "Ministry of the Interior and Safety, Resident Division",
                Instant.parse("2026-11-27T05:05:00Z"), Instant.parse("2027-02-25T05:05:00Z"), ZoneId.of("Asia/Seoul"),
                "http://localhost:9080/verify/?n=" + number.replace("-", ""));
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void printsKoreanTextThatCanBeReadBackOut() throws IOException {
        byte[] pdf = renderer.render(sheet("4821-0937-5521-6604", "김민지", "ko"));

        String text = text(pdf);
        assertThat(text).contains("주민등록표 등본", "김민지", "4821-0937-5521-6604", "서울특별시 종로구 세종대로 209",
                "위와 같이 발급합니다", "행정안전부 주민과", "2026-11-27 14:05", "2027-02-25 14:05",
                "http://localhost:9080/verify/?n=4821093755216604");
    }

    @Test
    void embedsOnlyASubsetOfTheFont() throws IOException {
        byte[] pdf = renderer.render(sheet("4821-0937-5521-6604", "김민지", "ko"));

        assertThat(pdf.length).as("a subset, not the 4.7 MB font").isLessThan(200_000);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var resources = doc.getPage(0).getResources();
            List<PDFont> fonts = new ArrayList<>();
            for (var name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f.isEmbedded()).isTrue();
                // PDF subset fonts are named with a six-letter tag: ABCDEF+NanumGothic
                assertThat(f.getName()).matches("[A-Z]{6}\\+.*");
            });
            assertThat(doc.getDocumentInformation().getSubject()).isEqualTo("4821-0937-5521-6604");
        }
    }

    @Test
    void anEnglishDocumentLeadsWithEnglishAndKeepsKorean() throws IOException {
        String text = text(renderer.render(sheet("4821-0937-5521-6604", "Kim Minji", "en")));

        assertThat(text.indexOf("Certificate of Resident Registration")).isLessThan(text.indexOf("주민등록표 등본"));
        assertThat(text).contains("Kim Minji", "This document is issued as stated above.");
    }

    @Test
    void longValuesWrapAndManyLinesFlowOntoASecondPage() throws IOException {
        List<CertificateSheet.Line> lines = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            lines.add(new CertificateSheet.Line("항목 " + i, "Item " + i, "값 ".repeat(60) + "끝" + i));
        }
        CertificateSheet base = sheet("4821-0937-5521-6604", "김민지", "ko");
        CertificateSheet many = new CertificateSheet(base.issuanceNumber(), "ko", base.titleKo(), base.titleEn(),
                base.holderName(), lines, base.applicationNumber(), base.issuerKo(), base.issuerEn(), base.issuedAt(),
                base.validUntil(), base.zone(), base.verificationUrl());

        byte[] pdf = renderer.render(many);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
        }
        assertThat(text(pdf)).contains("끝1", "끝30");
    }

    @Test
    void refusesANameTheFontCannotPrintRatherThanDroppingACharacter() {
        assertThatThrownBy(() -> renderer.render(sheet("4821-0937-5521-6604", "김민지 \uD83D\uDE00", "ko")))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("services.certificate.unprintable");
    }

    @Test
    void showsAnUndrawableCharacterInTypedContentAsAVisibleBox() throws IOException {
        CertificateSheet base = sheet("4821-0937-5521-6604", "김민지", "ko");
        CertificateSheet typed = new CertificateSheet(base.issuanceNumber(), "ko", base.titleKo(), base.titleEn(),
                base.holderName(), List.of(new CertificateSheet.Line("메모", "Note", "감사합니다 \uD83D\uDE00!")),
                base.applicationNumber(), base.issuerKo(), base.issuerEn(), base.issuedAt(), base.validUntil(),
                base.zone(), base.verificationUrl());

        assertThat(text(renderer.render(typed))).contains("감사합니다 \u25A1!");
    }

    @Test
    void documentsRenderedAtTheSameTimeKeepTheirOwnHolder() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String holder = "시민" + i + "호";
                String number = String.format("1000-0000-0000-%04d", i);
                results.add(pool.submit(() -> renderer.render(sheet(number, holder, "ko"))));
            }
            for (int i = 0; i < results.size(); i++) {
                String text = text(results.get(i).get());
                assertThat(text).contains("시민" + i + "호", String.format("1000-0000-0000-%04d", i));
                for (int j = 0; j < results.size(); j++) {
                    if (j != i) {
                        assertThat(text).doesNotContain("시민" + j + "호");
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
