package org.madang.disclosure.request.domain;

/**
 * A line of the disclosure fee table (시행규칙 제7조 별표) that Madang charges: paper copies by size,
 * inspection by time, electronic files by size. The rates themselves are data ({@link FeeSchedule}).
 */
public enum FeeItem {
    /** 사본(종이출력물) B4 이하, by page. */
    COPY_B4,
    /** 사본(종이출력물) A3 이상, by page. */
    COPY_A3,
    /** 열람 (documents or electronic files), by minute. */
    INSPECTION,
    /** 전자파일의 복제 (also what a portal download is charged as), by megabyte. */
    ELECTRONIC_FILE;

    public String labelKey() {
        return "disclosure.fee.line." + name();
    }
}
