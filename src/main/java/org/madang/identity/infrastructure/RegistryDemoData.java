package org.madang.identity.infrastructure;

import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.madang.identity.domain.FamilyRegister.Kind;
import org.madang.identity.domain.HealthInsuranceRegister;
import org.madang.identity.domain.HealthInsuranceRegister.Coverage;
import org.madang.identity.domain.FamilyRegister.Sex;
import org.madang.identity.domain.ResidentRegistry.Member;
import org.madang.identity.domain.ResidentRegistry.PastAddress;
import org.madang.platform.persistence.DemoDataRequested;

import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

import static org.madang.identity.domain.ResidentRegistry.Relationship.CHILD;
import static org.madang.identity.domain.ResidentRegistry.Relationship.HEAD;
import static org.madang.identity.domain.ResidentRegistry.Relationship.SPOUSE;

/**
 * Demo configuration only: the verified demo resident's household and past addresses, so her
 * 주민등록표 등본 holds what a registry holds, and her family in the family relations register. After the demo residents are loaded; once.
 */
@Stateless
public class RegistryDemoData {
    private static final Logger LOG = Logger.getLogger(RegistryDemoData.class.getName());
    static final LocalDate SEOYEON = LocalDate.of(1992, 7, 2);

    @Inject
    ResidentTableRegistry registry;
    @Inject
    FamilyTableRegister family;
    @Inject
    HealthInsuranceTable insurance;

    public void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) DemoDataRequested event) {
        if (registry.hasHouseholds()) {
            return;
        }
        registry.registerHousehold("서울특별시 종로구 자하문로 94 (청운동)", List.of(
                new Member("이서연", SEOYEON, HEAD, LocalDate.of(2022, 3, 2)),
                new Member("최민호", LocalDate.of(1990, 11, 15), SPOUSE, LocalDate.of(2022, 5, 14)),
                new Member("최서아", LocalDate.of(2023, 8, 9), CHILD, LocalDate.of(2023, 8, 21))));
        registry.registerPastAddress("이서연", SEOYEON, new PastAddress("서울특별시 마포구 월드컵북로 12 (성산동)",
                LocalDate.of(2016, 2, 29), LocalDate.of(2022, 3, 2)));
        registry.registerPastAddress("이서연", SEOYEON, new PastAddress("경기도 성남시 분당구 판교역로 166 (백현동)",
                LocalDate.of(2011, 3, 2), LocalDate.of(2016, 2, 29)));
        LOG.info("identity demo data: registry households loaded");
        loadFamily();
        loadInsurance();
    }

    /** 이서연's health insurance: two employers with a few months as a local subscriber between. */
    private void loadInsurance() {
        if (insurance.hasRecords()) {
            return;
        }
        insurance.register("이서연", SEOYEON, new Coverage(HealthInsuranceRegister.Kind.WORKPLACE, "(주)한빛소프트",
                LocalDate.of(2015, 3, 2), LocalDate.of(2021, 12, 31)));
        insurance.register("이서연", SEOYEON, new Coverage(HealthInsuranceRegister.Kind.LOCAL, "서울특별시 마포구",
                LocalDate.of(2022, 1, 1), LocalDate.of(2022, 4, 30)));
        insurance.register("이서연", SEOYEON, new Coverage(HealthInsuranceRegister.Kind.WORKPLACE, "(주)마당상사",
                LocalDate.of(2022, 5, 2), null));
        LOG.info("identity demo data: health insurance coverage loaded");
    }

    /** 이서연's record in the family relations register: her parents, her husband and their daughter. */
    private void loadFamily() {
        if (family.hasRecords()) {
            return;
        }
        String domicile = "서울특별시 종로구 청운동 12";
        long seoyeon = family.registerPerson("이서연", SEOYEON, Sex.FEMALE, domicile);
        long father = family.registerPerson("이정호", LocalDate.of(1961, 4, 18), Sex.MALE, domicile);
        long mother = family.registerPerson("박미숙", LocalDate.of(1964, 9, 3), Sex.FEMALE, "부산광역시 중구 중앙동 7");
        long minho = family.registerPerson("최민호", LocalDate.of(1990, 11, 15), Sex.MALE, "경기도 수원시 팔달구 인계동 3");
        long seoa = family.registerPerson("최서아", LocalDate.of(2023, 8, 9), Sex.FEMALE, "경기도 수원시 팔달구 인계동 3");
        family.relate(seoyeon, Kind.FATHER, father);
        family.relate(seoyeon, Kind.MOTHER, mother);
        family.relate(seoyeon, Kind.SPOUSE, minho);
        family.relate(seoyeon, Kind.CHILD, seoa);
        family.relate(minho, Kind.SPOUSE, seoyeon);
        family.relate(minho, Kind.CHILD, seoa);
        LOG.info("identity demo data: family register loaded");
    }
}
