package org.madang.services.domain;

import java.time.Year;

/**
 * The number an approval creates in a register, by kind: a business registration number
 * (사업자등록번호, {@code 101-01-12345}: tax office, type, serial and the National Tax Service's check
 * digit) or a report number (신고번호, {@code 2026-서울종로-00123}: year, the receiving office, serial).
 * The service declares the kind and its office prefix; the register hands out the serial.
 */
public enum RegistrationKind {
    /** 사업자등록번호: prefix "office-type", e.g. "101-01" (individual) or "101-81" (company). */
    BUSINESS_NUMBER("\\d{3}-\\d{2}"),
    /** 통신판매업 신고번호: prefix the receiving office, e.g. "서울종로". */
    MAIL_ORDER_REPORT_NUMBER("[가-힣A-Za-z]{2,10}"),
    /** 식품 영업신고번호: prefix the receiving office. */
    FOOD_BUSINESS_REPORT_NUMBER("[가-힣A-Za-z]{2,10}");

    private static final int[] WEIGHTS = {1, 3, 7, 1, 3, 7, 1, 3, 5};
    private final String prefixPattern;

    RegistrationKind(String prefixPattern) {
        this.prefixPattern = prefixPattern;
    }

    /** The bundle key of the number's name (사업자등록번호, 통신판매업 신고번호, …). */
    public String labelKey() {
        return "services.registration." + name();
    }

    /** Whether the number carries the year (report numbers do; a business number is for good). */
    public boolean carriesYear() {
        return this != BUSINESS_NUMBER;
    }

    public boolean acceptsPrefix(String prefix) {
        return prefix != null && prefix.matches(prefixPattern);
    }

    /** The number for the {@code serial}-th registration of this kind (from 1), in {@code year}. */
    public String number(String prefix, long serial, Year year) {
        if (!acceptsPrefix(prefix)) {
            throw new IllegalArgumentException(name() + ": bad prefix");
        }
        if (serial < 1) {
            throw new IllegalArgumentException("a serial starts at 1");
        }
        if (this == BUSINESS_NUMBER) {
            String first9 = prefix.replace("-", "") + String.format("%04d", serial % 10_000);
            return prefix + "-" + first9.substring(5) + checkDigit(first9);
        }
        return year.getValue() + "-" + prefix + "-" + String.format("%05d", serial % 100_000);
    }

    /**
     * The National Tax Service's check digit of a business registration number's first nine
     * digits: weights 1,3,7,1,3,7,1,3,5, plus the tens of the ninth digit times five.
     */
    static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        sum += (nineDigits.charAt(8) - '0') * 5 / 10;
        return (10 - sum % 10) % 10;
    }

    /** Whether a printed business registration number's check digit is right. */
    public static boolean isValidBusinessNumber(String printed) {
        if (printed == null || !printed.matches("\\d{3}-\\d{2}-\\d{5}")) {
            return false;
        }
        String digits = printed.replace("-", "");
        return checkDigit(digits.substring(0, 9)) == digits.charAt(9) - '0';
    }
}
