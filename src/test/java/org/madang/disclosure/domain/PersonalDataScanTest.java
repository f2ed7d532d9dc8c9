package org.madang.disclosure.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataScanTest {
    @Test
    void findsResidentNumbersWithARealBirthDate() {
        assertThat(PersonalDataScan.scan("신청인 850314-1234567 확인").residentNumbers()).isEqualTo(1);
        assertThat(PersonalDataScan.scan("주민번호 0101303234567 외").residentNumbers()).isEqualTo(1);
        assertThat(PersonalDataScan.scan("번호 851332-1234567 (13월)").residentNumbers()).isZero();
        assertThat(PersonalDataScan.scan("번호 850314-9234567 (성별 9)").residentNumbers()).isZero();
        assertThat(PersonalDataScan.scan("예산 12,345,678,901,234원").residentNumbers()).isZero();
    }

    @Test
    void findsPhonesAndEmailsOnce() {
        PersonalDataFindings f = PersonalDataScan.scan("연락처 010-1234-5678, 010.1234.5678, 02-2100-3000, "
                + "kim.minjun@example.kr, 예산 2026-1234");
        assertThat(f.phoneNumbers()).isEqualTo(2);
        assertThat(f.emailAddresses()).isEqualTo(1);
        assertThat(f.any()).isTrue();
        assertThat(PersonalDataScan.scan("2026년 예산 집행률 87.5%, 사업 3건").any()).isFalse();
        // a table's columns joined by spaces are no phone number
        assertThat(PersonalDataScan.scan("2023-01 1010 1009 4.1\n2023-02 1234 5678 3.2").any()).isFalse();
    }
}
