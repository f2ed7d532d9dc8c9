package org.madang.services.infrastructure;

import org.madang.services.domain.FieldType;
import org.madang.services.domain.ProcessingPeriod;

import java.util.List;

import static org.madang.services.domain.LifeEvent.GROWING_A_BUSINESS;
import static org.madang.services.domain.ServiceCategory.FINANCE;
import static org.madang.services.infrastructure.DemoBusiness.businessNumber;
import static org.madang.services.infrastructure.DemoService.date;
import static org.madang.services.infrastructure.DemoService.select;
import static org.madang.services.infrastructure.DemoService.service;
import static org.madang.services.infrastructure.DemoService.typed;

/**
 * Services beyond kr-services.csv that a one-stop bundle needs: the foreign-exchange report of a
 * foreign direct investment (the finance step of the FDI bundle), at the Ministry of Economy and
 * Finance's department added by V202611280230.
 */
final class DemoBundleServices {
    private DemoBundleServices() {
    }

    static List<DemoService> services() {
        return List.of(
                service("FOREIGN_EXCHANGE_REPORT", FINANCE, "MOEF", "FX", ProcessingPeriod.days(1), 0,
                        "외국인직접투자 외국환거래 신고", "Foreign-exchange report of a foreign direct investment")
                        .summary("외국인투자자금의 국내 유입(외화 송금·환전)을 「외국환거래법」에 따라 신고합니다.",
                                "Reports the inflow of the investment funds (remittance and exchange) under the Foreign Exchange Transactions Act.")
                        .eligibility("외국인투자 신고를 마친 기업과 그 대리인.", "Companies that have notified a foreign investment, and their representatives.")
                        .howToApply("온라인 신청, 처리기간 1일(데모 값).", "Apply online; processed in 1 day (demo value).")
                        .document("외국환거래 신고서", "Foreign-exchange transaction report")
                        .document("외국인투자 신고서 사본", "Copy of the foreign investment notification")
                        .events(GROWING_A_BUSINESS)
                        .commonGrounds()
                        .field(businessNumber(1, true))
                        .field(typed(FieldType.NUMBER, "amountUsd", 1, true, "송금 금액(미화 달러)", "Amount remitted (US dollars)"))
                        .field(select("bank", 1, true, "외국환은행", "Foreign-exchange bank",
                                "KB", "국민은행", "KB Kookmin Bank", "SHINHAN", "신한은행", "Shinhan Bank",
                                "HANA", "하나은행", "Hana Bank", "WOORI", "우리은행", "Woori Bank"))
                        .field(date("remittanceDate", 1, true, "송금일", "Date of remittance"))
                        .source("https://www.law.go.kr (외국환거래법, 외국인투자 촉진법; demo service for the FDI bundle)"));
    }
}
