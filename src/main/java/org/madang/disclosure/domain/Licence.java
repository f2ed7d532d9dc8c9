package org.madang.disclosure.domain;

/**
 * Korea Open Government Licence (공공누리) types: 1 attribution; 2 + non-commercial; 3 + no
 * derivatives; 4 + both. The URI is what a DCAT harvester reads.
 */
public enum Licence {
    KOGL_1("https://www.kogl.or.kr/info/licenseType1.do"),
    KOGL_2("https://www.kogl.or.kr/info/licenseType2.do"),
    KOGL_3("https://www.kogl.or.kr/info/licenseType3.do"),
    KOGL_4("https://www.kogl.or.kr/info/licenseType4.do");

    private final String uri;

    Licence(String uri) {
        this.uri = uri;
    }

    public String uri() {
        return uri;
    }
}
