package org.madang.services.infrastructure;

import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.madang.identity.application.AccountDirectory;
import org.madang.platform.persistence.DemoDataRequested;
import org.madang.services.application.Catalogue;
import org.madang.services.application.ServiceView;
import org.madang.services.domain.Application;
import org.madang.services.domain.CaseActor;
import org.madang.services.domain.DraftKeys;
import org.madang.services.domain.ProcessingClock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Demo configuration only: the demo citizen (김민준, citizen@madang.go.kr) has filed a business
 * registration that the National Tax Service's officer (최유진) has taken up, so that "My
 * applications", the status page with its timeline and clock, and the officer's queue show a real
 * case on a fresh start. Built with the domain's own commands, as the application services would;
 * idempotent: nothing happens if the citizen has any application already.
 */
@Stateless
public class ApplicationDemoData {
    private static final Logger LOG = Logger.getLogger(ApplicationDemoData.class.getName());
    static final String CITIZEN = "citizen@madang.go.kr";
    static final String OFFICER = "officer@madang.go.kr";
    static final String CITIZEN_EN = "citizen.en@madang.go.kr";

    @Inject
    AccountDirectory accounts;
    @Inject
    Catalogue catalogue;
    @Inject
    ApplicationRepository applications;
    @Inject
    ProcessingCalendar calendar;
    @Inject
    Clock clock;
    @Inject
    org.madang.services.application.ApplicationProgress progress;

    /** After identity's and the catalogue's demo data. */
    public void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 950) DemoDataRequested event) {
        loadRejected();
        Optional<Long> citizen = accounts.accountIdOf(CITIZEN);
        Optional<Long> officer = accounts.accountIdOf(OFFICER);
        Optional<ServiceView> service = catalogue.findByCode("BUSINESS_REGISTRATION");
        if (citizen.isEmpty() || officer.isEmpty() || service.isEmpty()) {
            LOG.info("demo citizen, officer or business registration missing: no demo application");
            return;
        }
        if (!applications.ofApplicant(citizen.get()).isEmpty()) {
            return;
        }
        ServiceView s = service.get();
        Instant now = Instant.now(clock);
        Instant filed = now.minus(Duration.ofHours(20));
        ProcessingClock processing = calendar.clock();
        var applicant = accounts.contact(citizen.get());
        Application a = new Application(s.id(), citizen.get(), applicant.name(), null, DraftKeys.next(),
                filed.minus(Duration.ofMinutes(12)));
        a.saveAnswers(Map.of("tradeName", "마당문구", "startDate", LocalDate.ofInstant(now, calendar.zoneId())
                        .plusDays(14).toString(), "businessType", "RETAIL",
                "address", "서울특별시 종로구 삼일대로 428", "premises", "OWNED"), filed.minus(Duration.ofMinutes(3)));
        a.submit(applications.nextNumber(LocalDate.ofInstant(filed, calendar.zoneId())), s.departmentId(), s.period(),
                s.fee(), null, processing, filed);
        var handler = accounts.contact(officer.get());
        a.claim(new CaseActor(officer.get(), handler.name(), s.departmentId(), false), filed.plus(Duration.ofHours(2)));
        applications.add(a);
        LOG.info("demo application " + a.reference() + " filed for " + CITIZEN);
    }

    /**
     * Emily Carter's business registration, refused a week ago: an ending that is not a success, so
     * she has a satisfaction question waiting (announced like any real change, so it is asked).
     */
    private void loadRejected() {
        Optional<Long> citizen = accounts.accountIdOf(CITIZEN_EN);
        Optional<Long> officer = accounts.accountIdOf(OFFICER);
        Optional<ServiceView> service = catalogue.findByCode("BUSINESS_REGISTRATION");
        if (citizen.isEmpty() || officer.isEmpty() || service.isEmpty() || service.get().rejectionGrounds().isEmpty()
                || !applications.ofApplicant(citizen.get()).isEmpty()) {
            return;
        }
        ServiceView s = service.get();
        Instant filed = Instant.now(clock).minus(Duration.ofDays(9));
        var applicant = accounts.contact(citizen.get());
        Application a = new Application(s.id(), citizen.get(), applicant.name(), null, DraftKeys.next(),
                filed.minus(Duration.ofMinutes(20)));
        a.saveAnswers(Map.of("tradeName", "Carter Books", "startDate", LocalDate.ofInstant(filed, calendar.zoneId())
                        .plusDays(30).toString(), "businessType", "RETAIL",
                "address", "서울특별시 종로구 종로 1", "premises", "RENTED"), filed.minus(Duration.ofMinutes(5)));
        a.submit(applications.nextNumber(LocalDate.ofInstant(filed, calendar.zoneId())), s.departmentId(), s.period(),
                s.fee(), null, calendar.clock(), filed);
        var handler = accounts.contact(officer.get());
        CaseActor officerActor = new CaseActor(officer.get(), handler.name(), s.departmentId(), false);
        a.claim(officerActor, filed.plus(Duration.ofHours(3)));
        ServiceView.RejectionGround ground = s.rejectionGrounds().get(0);
        a.reject(officerActor, ground.key(), ground.textKo(), ground.textEn(),
                "임대차계약서의 소재지와 신청서의 사업장 소재지가 다릅니다.", filed.plus(Duration.ofDays(2)));
        applications.add(a);
        progress.changed(a);
        LOG.info("demo application " + a.reference() + " rejected for " + CITIZEN_EN);
    }
}
