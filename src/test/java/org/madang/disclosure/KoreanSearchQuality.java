package org.madang.disclosure;

import org.madang.testsupport.InContainer;
import org.madang.disclosure.application.OpenViews.SearchPage;
import org.madang.disclosure.application.PublicationForm;
import org.madang.disclosure.application.Upload;
import org.madang.disclosure.domain.Licence;
import org.madang.disclosure.domain.PublicationCategory;
import org.madang.disclosure.domain.PublicationType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A fixed Korean search-quality set: 18 documents (title, English title, PDF text) and 40 queries,
 * each with the document it must find in the first five results, among everything else the index
 * holds (the demo data included). Queries vary particles (서울시의), verb endings (이사하는),
 * compounds and spacing (전세사기 / 전세 사기), unknown words (아리수) and English words in Korean
 * text (EV, AI, PM), plus English queries against English titles.
 */
@InContainer
final class KoreanSearchQuality {
    record Doc(String key, String titleKo, String titleEn, String... text) {
    }

    record Report(int pairs, int foundInTopFive, List<String> misses) {
        @Override
        public String toString() {
            return "Korean search quality: " + foundInTopFive + " of " + pairs + " in the first five"
                    + (misses.isEmpty() ? "" : "; missed: " + misses);
        }
    }

    static final List<Doc> DOCS = List.of(
            new Doc("dust", "미세먼지 저감 대책 추진 결과", "Results of fine dust reduction measures",
                    "고농도 미세먼지의 원인은 난방과 자동차 배출가스입니다.", "비상저감조치 발령 시 차량 2부제를 시행하였습니다."),
            new Doc("scooter", "개인형 이동장치(전동킥보드) 안전 관리 계획", "Safety of e-scooters and personal mobility",
                    "전동킥보드 이용자는 안전모를 써야 합니다.", "PM(Personal Mobility) 주차구역을 지정하고 견인 제도를 운영합니다."),
            new Doc("daycare", "어린이집 급식 위생 점검 결과", "Hygiene inspection of childcare centre meals",
                    "관내 어린이집의 급식 조리실과 식재료 보관 상태를 점검하였습니다."),
            new Doc("pets", "반려동물 등록제 운영 현황", "Pet registration scheme",
                    "반려견을 기르는 가구는 동물등록을 해야 하며 내장형 칩을 권장합니다."),
            new Doc("noise", "공동주택 층간소음 분쟁 조정 사례집", "Mediation of noise between floors in apartment buildings",
                    "층간소음으로 인한 이웃 간 분쟁을 조정한 사례를 모았습니다."),
            new Doc("quake", "지진 대피 요령 안내서", "Earthquake evacuation guide",
                    "지진이 났을 때는 탁자 아래로 몸을 피하고 흔들림이 멈추면 넓은 곳으로 대피합니다."),
            new Doc("rent", "청년 월세 한시 특별지원 사업 안내", "Temporary rent support for young people",
                    "무주택 청년이 월세를 지원받는 요건과 신청 방법을 안내합니다."),
            new Doc("ev", "전기차 충전소 설치 현황 (2026)", "EV charging stations installed (2026)",
                    "전기자동차 급속 충전기와 완속 충전기를 공공주차장에 설치하였습니다. EV charger 위치를 공개합니다."),
            new Doc("library", "공공도서관 야간 개방시간 확대", "Longer evening opening hours of public libraries",
                    "직장인이 도서관을 밤늦게까지 이용할 수 있도록 개방시간을 늘립니다."),
            new Doc("water", "수돗물 수질검사 결과 공개", "Tap water quality test results",
                    "서울시의 수돗물 아리수는 먹는물 수질기준 60개 항목을 모두 충족하였습니다."),
            new Doc("fire", "봄철 산불 예방 대책", "Spring wildfire prevention",
                    "산불을 막기 위한 입산 통제와 감시 인력 배치 계획입니다."),
            new Doc("jeonse", "전세사기 피해자 지원 방안", "Support for victims of jeonse fraud",
                    "전세사기 피해 임차인에게 경매 유예와 저리 대출을 지원합니다."),
            new Doc("dementia", "치매안심센터 이용 안내", "Using the dementia care centres",
                    "만 60세 이상 주민은 치매안심센터에서 무료로 치매 검사를 받을 수 있습니다."),
            new Doc("drone", "드론 비행 승인 절차 안내", "How to get approval for drone flights",
                    "비행금지구역에서 드론을 날리려면 사전에 비행 승인을 받아야 합니다."),
            new Doc("kiosk", "무인민원발급기 설치 장소 목록", "Where the self-service document kiosks are",
                    "주민센터와 지하철역의 무인민원발급기에서 증명서를 발급받을 수 있습니다."),
            new Doc("chatbot", "AI 챗봇 민원 상담 시범 운영 결과", "Results of the AI chatbot pilot for civil petitions",
                    "AI 챗봇으로 야간과 휴일에도 민원 상담을 받을 수 있게 되었습니다."),
            new Doc("hangang", "한강공원 주차장 요금 개편", "New parking fees at Hangang parks",
                    "한강공원의 주차장 요금을 시간대별로 달리 받습니다."),
            new Doc("family", "다문화가족 한국어 교육 지원", "Korean lessons for multicultural families",
                    "결혼이민자와 다문화가족 자녀에게 한국어 교육을 무료로 제공합니다."));

    static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        q("미세먼지 저감", "dust");
        q("미세 먼지", "dust");
        q("미세먼지의 원인", "dust");
        q("fine dust", "dust");
        q("전동킥보드", "scooter");
        q("전동 킥보드를", "scooter");
        q("PM 주차구역", "scooter");
        q("어린이집의 급식", "daycare");
        q("childcare meals", "daycare");
        q("반려동물 등록", "pets");
        q("반려견을", "pets");
        q("층간소음 분쟁", "noise");
        q("층간 소음", "noise");
        q("noise between floors", "noise");
        q("지진 대피", "quake");
        q("지진이 났을 때", "quake");
        q("청년 월세 지원", "rent");
        q("월세를 지원받는", "rent");
        q("전기차 충전소", "ev");
        q("전기자동차 충전기", "ev");
        q("EV charging", "ev");
        q("도서관 개방시간", "library");
        q("도서관을 늦게까지", "library");
        q("수돗물 수질검사", "water");
        q("아리수", "water");
        q("산불 예방", "fire");
        q("산불을 막기", "fire");
        q("전세사기 피해", "jeonse");
        q("전세 사기", "jeonse");
        q("jeonse fraud", "jeonse");
        q("치매안심센터", "dementia");
        q("치매 검사를", "dementia");
        q("드론 비행 승인", "drone");
        q("drone", "drone");
        q("무인민원발급기", "kiosk");
        q("무인 민원 발급기", "kiosk");
        q("AI 민원 상담", "chatbot");
        q("챗봇으로", "chatbot");
        q("한강공원의 주차장", "hangang");
        q("다문화가족 한국어 교육", "family");
    }

    private static void q(String query, String key) {
        QUERIES.put(query, key);
    }

    private final BiFunction<PublicationForm, Upload, Long> publish;
    private final Function<String, SearchPage> search;

    KoreanSearchQuality(BiFunction<PublicationForm, Upload, Long> publish, Function<String, SearchPage> search) {
        this.publish = publish;
        this.search = search;
    }

    Report run() {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (Doc d : DOCS) {
            PublicationForm f = new PublicationForm(PublicationType.DOCUMENT, PublicationCategory.REPORT, d.titleKo(),
                    d.titleEn(), d.text()[0], d.titleEn(), null, null, Licence.KOGL_1);
            ids.put(d.key(), publish.apply(f, OpenFiles.pdf(d.key() + ".pdf", d.text())));
        }
        int found = 0;
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, String> e : QUERIES.entrySet()) {
            List<Long> top = search.apply(e.getKey()).hits().stream().limit(5).map(h -> h.hit().id()).toList();
            if (top.contains(ids.get(e.getValue()))) {
                found++;
            } else {
                misses.add(e.getKey() + " → " + e.getValue());
            }
        }
        return new Report(QUERIES.size(), found, misses);
    }
}
