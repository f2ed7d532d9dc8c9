package org.madang.identity.domain;

/** The 17 first-level administrative divisions (시·도) with their statutory codes. */
public enum Region {
    SEOUL("11"), BUSAN("26"), DAEGU("27"), INCHEON("28"), GWANGJU("29"), DAEJEON("30"), ULSAN("31"),
    SEJONG("36"), GYEONGGI("41"), CHUNGBUK("43"), CHUNGNAM("44"), JEONNAM("46"), GYEONGBUK("47"),
    GYEONGNAM("48"), JEJU("50"), GANGWON("51"), JEONBUK("52");

    private final String code;

    Region(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Key of the region's name in the text bundle. */
    public String labelKey() {
        return "region." + name();
    }
}
