package org.madang.disclosure.infrastructure;

import org.junit.jupiter.api.Test;
import org.madang.disclosure.domain.FileFormat;
import org.madang.disclosure.domain.TextStatus;
import org.madang.platform.error.InvalidInput;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileReadingTest {
    @Test
    void aGeneratedKoreanPdfIsReadBack() {
        byte[] pdf;
        try (DemoPdf gen = new DemoPdf()) {
            pdf = gen.document("서울시 스마트시티 보고서", List.of("서울시의 공공와이파이와 IoT 사업을 정리하였습니다.",
                    "이사하는 가구를 위한 전입 지원 안내입니다."));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        FileReading.Read r = FileReading.read("report.pdf", pdf);
        assertThat(r.format()).isEqualTo(FileFormat.PDF);
        assertThat(r.status()).isEqualTo(TextStatus.EXTRACTED);
        assertThat(r.text()).contains("서울시의 공공와이파이와").contains("이사하는");
    }

    @Test
    void aPdfWithoutTextIsAcceptedAsNotSearchable() {
        FileReading.Read r = FileReading.read("scan.pdf", DemoPdf.withoutText());
        assertThat(r.status()).isEqualTo(TextStatus.NO_TEXT);
        assertThat(r.text()).isEmpty();
    }

    @Test
    void unreadableOrMislabelledFilesAreRefused() {
        assertThatThrownBy(() -> FileReading.read("x.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("open.file.unreadable");
        assertThatThrownBy(() -> FileReading.read("x.pdf", "%PDF-1.7 garbage".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("open.file.unreadable");
        assertThatThrownBy(() -> FileReading.read("x.exe", new byte[] {1}))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("open.file.format");
        assertThatThrownBy(() -> FileReading.read("x.csv", new byte[0]))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("open.file.empty");
    }

    @Test
    void csvGivesHeaderAndFirstRowsInUtf8OrCp949() {
        String csv = "지역,인구\n서울,9400000\n부산,3300000\n";
        assertThat(FileReading.read("a.csv", csv.getBytes(StandardCharsets.UTF_8)).text()).contains("지역 인구").contains("부산");
        assertThat(FileReading.read("a.csv", csv.getBytes(Charset.forName("x-windows-949"))).text()).contains("서울 9400000");
    }

    @Test
    void csvRoundTripsThroughQuotes() {
        List<List<String>> rows = Csv.parse("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n", 0);
        assertThat(rows).containsExactly(List.of("a", "b"), List.of("x, y", "say \"hi\""));
        assertThat(Csv.parse(Csv.write(rows), 0)).isEqualTo(rows);
    }
}
