package org.madang.identity.infrastructure;

import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
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
 * 주민등록표 등본 holds what a registry holds. After the demo residents are loaded; once.
 */
@Stateless
public class RegistryDemoData {
    private static final Logger LOG = Logger.getLogger(RegistryDemoData.class.getName());
    static final LocalDate SEOYEON = LocalDate.of(1992, 7, 2);

    @Inject
    ResidentTableRegistry registry;

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
    }
}
