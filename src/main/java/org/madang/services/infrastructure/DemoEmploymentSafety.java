package org.madang.services.infrastructure;

import org.madang.services.domain.FieldType;
import org.madang.services.domain.ProcessingPeriod;

import java.util.List;

import static org.madang.services.domain.LifeEvent.DISASTER;
import static org.madang.services.domain.LifeEvent.GROWING_A_BUSINESS;
import static org.madang.services.domain.LifeEvent.HARDSHIP;
import static org.madang.services.domain.LifeEvent.LOOKING_FOR_WORK;
import static org.madang.services.domain.LifeEvent.STARTING_A_BUSINESS;
import static org.madang.services.domain.ServiceCategory.EMPLOYMENT;
import static org.madang.services.domain.ServiceCategory.SAFETY;
import static org.madang.services.infrastructure.DemoService.confirm;
import static org.madang.services.infrastructure.DemoService.date;
import static org.madang.services.infrastructure.DemoService.file;
import static org.madang.services.infrastructure.DemoService.radio;
import static org.madang.services.infrastructure.DemoService.select;
import static org.madang.services.infrastructure.DemoService.service;
import static org.madang.services.infrastructure.DemoService.text;
import static org.madang.services.infrastructure.DemoService.textarea;
import static org.madang.services.infrastructure.DemoService.typed;

/** Demo catalogue, employment and safety (kr-services.csv rows 16–19). */
final class DemoEmploymentSafety {
    private DemoEmploymentSafety() {
    }

    static List<DemoService> services() {
        return List.of(
                service("UNEMPLOYMENT_BENEFIT", EMPLOYMENT, "MOEL", "SEOUL_EMP", ProcessingPeriod.days(14), 0,
                        "구직급여(실업급여) 수급자격 인정 신청", "Job-seeking (unemployment) benefit eligibility claim")
                        .summary("비자발적으로 이직한 고용보험 피보험자가 구직급여를 받을 자격을 인정받는 신청입니다.",
                                "Claim recognition of your right to the job-seeking benefit after losing a job covered by employment insurance.")
                        .eligibility("이직 전 18개월 중 피보험 단위기간 180일 이상, 비자발적 이직, 적극적 구직활동.",
                                "At least 180 insured days in the 18 months before leaving, involuntary separation, and an active job search.")
                        .howToApply("온라인 구직등록과 수급자격 신청 후 고용센터 상담(처리기간 14일은 데모 값).",
                                "Register as a job seeker and claim online, then attend an interview at the employment centre (14 days is a demo value).")
                        .document("이직확인서(사업주가 제출)", "Separation certificate (filed by the employer)")
                        .document("신분증", "ID card")
                        .events(LOOKING_FOR_WORK, HARDSHIP)
                        .commonGrounds()
                        .ground("VOLUNTARY_RESIGNATION", "「고용보험법」 제58조: 정당한 사유 없는 자발적 이직",
                                "Employment Insurance Act, art. 58: voluntary resignation without a justifiable reason")
                        .field(text("lastEmployer", 1, true, "마지막 근무 사업장", "Last employer"))
                        .field(date("separationDate", 1, true, "이직일", "Date of leaving"))
                        .field(select("separationReason", 1, true, "이직 사유", "Reason for leaving",
                                "DISMISSAL", "경영상 해고", "Dismissal for business reasons",
                                "CONTRACT_END", "계약기간 만료", "End of a fixed-term contract",
                                "CLOSURE", "폐업·도산", "Closure or bankruptcy",
                                "OTHER", "기타 정당한 사유", "Other justifiable reason"))
                        .field(textarea("jobSearchPlan", 2, true, "재취업 활동 계획", "Plan for finding work"))
                        .source("github:kimsan68/hanolcare-crawler work.json (weak)"),
                service("EMPLOYMENT_INSURANCE_REPORT", EMPLOYMENT, "MOEL", "INSURANCE", ProcessingPeriod.days(3), 0,
                        "고용보험 피보험자격 취득·상실 신고", "Employment insurance coverage acquisition/loss report")
                        .summary("사업주가 근로자를 고용하거나 근로자가 퇴사했을 때 고용보험 자격 취득·상실을 신고합니다.",
                                "Employers report when an employee joins or leaves, so their employment-insurance coverage starts or ends.")
                        .eligibility("고용보험 적용 사업장의 사업주(또는 보험사무대행기관).",
                                "Employers of insured workplaces (or their insurance agent).")
                        .howToApply("사유 발생일이 속한 달의 다음 달 15일까지 온라인 신고(처리 3일은 데모 값).",
                                "Report online by the 15th of the following month (the 3-day period is a demo value).")
                        .document("피보험자격 취득(상실) 신고서", "Acquisition (loss) of coverage report")
                        .events(STARTING_A_BUSINESS, GROWING_A_BUSINESS)
                        .commonGrounds()
                        .field(text("businessNumber", 1, true, "사업장 사업자등록번호", "Workplace business number",
                                "\\d{3}-\\d{2}-\\d{5}", 12, "예: 220-81-12341", "e.g. 220-81-12341"))
                        .field(radio("reportType", 1, true, "신고 구분", "Report",
                                "ACQUIRE", "자격 취득(입사)", "Coverage starts (hired)",
                                "LOSE", "자격 상실(퇴사)", "Coverage ends (left)"))
                        .field(text("employeeName", 2, true, "근로자 성명", "Employee's name"))
                        .field(date("effectiveDate", 2, true, "취득·상실일", "Date coverage starts or ends"))
                        .field(typed(FieldType.NUMBER, "monthlyWage", 2, true, "월 평균 보수(원)", "Average monthly pay (won)"))
                        .source("https://rmfjscl00.tistory.com (weak)"),
                service("SAFETY_HAZARD_REPORT", SAFETY, "MOIS", "SAFETY", ProcessingPeriod.days(7), 0,
                        "안전신문고 안전신고(위험요인 신고)", "Safety hazard report (Safety Report portal)")
                        .summary("생활 속 위험 요인(파손된 시설, 불법 주정차, 위험한 공사장 등)을 사진과 함께 신고하면 처리기관이 지정되어 조치합니다.",
                                "Report a hazard (broken facilities, dangerous parking, unsafe building sites…) with a photo; a handling agency is assigned and acts on it.")
                        .eligibility("누구나(국민·외국인).", "Anyone (citizens and foreigners).")
                        .howToApply("온라인·앱으로 신고. 처리 결과는 문자·이메일로 알립니다.", "Report online or in the app; the outcome is sent by text message or e-mail.")
                        .document("현장 사진 또는 동영상", "Photo or video of the hazard")
                        .events(DISASTER)
                        .commonGrounds()
                        .field(select("hazardType", 1, true, "위험 유형", "Kind of hazard",
                                "ROAD", "도로·보도 파손", "Damaged road or pavement",
                                "FACILITY", "시설물 파손", "Damaged facility",
                                "CONSTRUCTION", "공사장 위험", "Unsafe building site",
                                "OTHER", "기타", "Other"))
                        .field(text("location", 1, true, "위치(주소)", "Location (address)"))
                        .field(textarea("description", 1, true, "신고 내용", "What you saw"))
                        .field(date("observedOn", 2, true, "발견일", "Date seen"))
                        .field(file("photo", 2, true, "현장 사진", "Photo"))
                        .source("https://www.ilyo.co.kr/?ac=article_view&entry_id=123087"),
                service("DISASTER_DAMAGE_REPORT", SAFETY, "MOIS", "RECOVERY", ProcessingPeriod.days(14), 0,
                        "자연재난 사유재산 피해신고(재난지원금)", "Private property damage report for natural disasters (disaster relief)")
                        .summary("태풍·호우 등 자연재난으로 주택·농작물 등 사유재산이 피해를 입었을 때 신고하면 재난지원금 지급 여부를 조사합니다.",
                                "Report damage to your home, crops or other property from a typhoon, flood or other natural disaster; it is surveyed for relief payments.")
                        .eligibility("피해를 입은 주택·시설의 소유자 또는 세입자. 재난 종료일부터 10일 이내 신고.",
                                "Owners or tenants of the damaged property. Report within 10 days of the end of the disaster.")
                        .howToApply("온라인 신고(외국인은 방문). 현장 조사 후 결정(처리 14일은 데모 값).",
                                "Report online (foreigners in person). Decided after an on-site survey (14 days is a demo value).")
                        .document("자연재난 피해신고서", "Natural disaster damage report")
                        .document("신분증 사본", "Copy of ID")
                        .document("피해 사진", "Photos of the damage")
                        .events(DISASTER, HARDSHIP)
                        .commonGrounds()
                        .ground("LATE_REPORT", "「자연재난 구호 및 복구 비용 부담기준 등에 관한 규정」: 신고 기한 경과",
                                "Rules on natural-disaster relief costs: reported after the deadline")
                        .field(select("disaster", 1, true, "재난 종류", "Disaster",
                                "TYPHOON", "태풍", "Typhoon", "HEAVY_RAIN", "호우", "Heavy rain",
                                "HEAVY_SNOW", "대설", "Heavy snow", "EARTHQUAKE", "지진", "Earthquake"))
                        .field(date("damageDate", 1, true, "피해 발생일", "Date of damage"))
                        .field(text("address", 1, true, "피해 장소", "Address of the damaged property"))
                        .field(radio("damageKind", 2, true, "피해 대상", "What was damaged",
                                "HOUSE", "주택", "Home", "CROPS", "농작물", "Crops", "FACILITY", "시설", "Other facility"))
                        .field(textarea("description", 2, true, "피해 내용", "Description of the damage"))
                        .field(file("photos", 3, true, "피해 사진", "Photos of the damage"))
                        .field(confirm("truthful", 3, "신고 내용이 사실임을 확인합니다", "I confirm this report is true"))
                        .source("https://1030life.com (secondary)"));
    }
}
