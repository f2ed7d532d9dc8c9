package org.madang.identity.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.madang.identity.domain.Account;
import org.madang.identity.domain.Business;
import org.madang.identity.domain.BusinessRegistrationNumber;
import org.madang.identity.domain.Department;
import org.madang.identity.domain.Mandate;
import org.madang.identity.domain.Region;
import org.madang.identity.domain.ResidentIdentity;
import org.madang.identity.domain.ResidentRegistrationNumber;
import org.madang.platform.persistence.DemoDataRequested;
import org.madang.platform.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Demo accounts (one per role, listed in the README), demo residents in the registry and demo
 * businesses. Loaded only when MADANG_DEMO_DATA=true, and only once.
 */
@Stateless
public class IdentityDemoData {
    public static final String DEMO_PASSWORD = "Madang!2026";
    public static final String PRIVACY_OFFICER_EMAIL = "privacy@madang.go.kr";
    public static final String OPERATOR_EMAIL = "operator@madang.go.kr";
    private static final Logger LOG = Logger.getLogger(IdentityDemoData.class.getName());

    @Inject
    AccountRepository repo;
    @Inject
    PasswordHasher hasher;
    @Inject
    ResidentTableRegistry registry;
    @Inject
    Clock clock;
    @Inject
    ResidentIdentityKey identityKey;
    @Inject
    ResidentIdentityRepository identities;

    public void load(@Observes DemoDataRequested event) {
        loadPrivacyOfficer();
        loadOperator();
        loadBusinessServiceOfficers();
        loadPublishers();
        loadModerators();
        if (repo.findByEmail("admin@madang.go.kr").isPresent()) {
            confirmDemoResident();
            return;
        }
        Instant now = Instant.now(clock);
        String hash = hasher.hash(DEMO_PASSWORD);

        // The registry: the demo citizens below can verify themselves with these numbers.
        resident("김민준", LocalDate.of(1985, 3, 14), Region.SEOUL, "850314-1234567");
        resident("이서연", LocalDate.of(1992, 7, 2), Region.SEOUL, "920702-2345678");
        resident("박지훈", LocalDate.of(1978, 11, 23), Region.GYEONGGI, "781123-1456789");
        resident("Emily Carter", LocalDate.of(1990, 5, 9), Region.BUSAN, "900509-6123456");
        resident("정우성", LocalDate.of(2001, 1, 30), Region.INCHEON, "010130-3234567");
        resident("한소희", LocalDate.of(1999, 9, 18), Region.DAEJEON, "990918-2567890");

        Account citizen = account("citizen@madang.go.kr", "김민준", LocalDate.of(1985, 3, 14), Region.SEOUL, "ko", hash, now);
        Account resident = account("resident@madang.go.kr", "이서연", LocalDate.of(1992, 7, 2), Region.SEOUL, "ko", hash, now);
        identities.record(resident.verifyAsResident(now));
        bindDemoResident(resident, "920702-2345678", now);
        Account rep = account("business@madang.go.kr", "박지훈", LocalDate.of(1978, 11, 23), Region.GYEONGGI, "ko", hash, now);
        account("citizen.en@madang.go.kr", "Emily Carter", LocalDate.of(1990, 5, 9), Region.BUSAN, "en", hash, now);

        Department jongnoTax = department("NTS", "JONGNO_TAX");
        Department jongnoCivil = department("JONGNO", "CIVIL");
        Account officer = account("officer@madang.go.kr", "최유진", LocalDate.of(1988, 4, 5), Region.SEOUL, "ko", hash, now);
        officer.assignToDepartment(jongnoTax);
        Account officer2 = account("officer2@madang.go.kr", "강도윤", LocalDate.of(1983, 8, 21), Region.SEOUL, "ko", hash, now);
        officer2.assignToDepartment(jongnoCivil);
        Account supervisor = account("supervisor@madang.go.kr", "정하늘", LocalDate.of(1975, 2, 11), Region.SEOUL, "ko", hash, now);
        supervisor.supervise(jongnoTax);
        account("election@madang.go.kr", "윤서준", LocalDate.of(1980, 6, 30), Region.SEJONG, "ko", hash, now)
                .grantRole(Roles.ELECTION_ADMIN);
        account("admin@madang.go.kr", "한지민", LocalDate.of(1982, 12, 1), Region.SEJONG, "ko", hash, now)
                .grantRole(Roles.ADMIN);
        account("auditor@madang.go.kr", "임수아", LocalDate.of(1979, 10, 15), Region.SEJONG, "ko", hash, now)
                .grantRole(Roles.AUDITOR);

        Business madang = new Business(BusinessRegistrationNumber.parse("220-81-12341"), "(주)마당상사",
                "서울특별시 종로구 세종대로 209", now);
        repo.add(madang);
        Mandate approved = new Mandate(madang, rep, now);
        repo.add(approved);
        approved.approve("demo-data", now);
        Business cafe = new Business(BusinessRegistrationNumber.parse("214-86-01238"), "민준커피", "서울특별시 마포구 와우산로 94", now);
        repo.add(cafe);
        repo.add(new Mandate(cafe, citizen, now));
        LOG.info("identity demo data loaded: 10 accounts, 6 residents, 2 businesses");
    }

    /** The portal's operator, who reads the operations metrics. Checked on its own like the privacy officer. */
    private void loadOperator() {
        if (repo.findByEmail(OPERATOR_EMAIL).isPresent()) {
            return;
        }
        account(OPERATOR_EMAIL, "조민호", LocalDate.of(1987, 1, 19), Region.SEJONG, "ko", hasher.hash(DEMO_PASSWORD),
                Instant.now(clock)).grantRole(Roles.OPERATOR);
        LOG.info("identity demo data: operator " + OPERATOR_EMAIL + " loaded");
    }

    /**
     * The portal operator's privacy officer (MOIS, Privacy Protection Office). Checked on its own,
     * so that a demo database loaded before this account existed gets it too.
     */
    private void loadPrivacyOfficer() {
        if (repo.findByEmail(PRIVACY_OFFICER_EMAIL).isPresent()) {
            return;
        }
        Instant now = Instant.now(clock);
        Account privacy = account(PRIVACY_OFFICER_EMAIL, "오지현", LocalDate.of(1984, 9, 3), Region.SEJONG, "ko",
                hasher.hash(DEMO_PASSWORD), now);
        privacy.assignToDepartment(department("MOIS", "PRIVACY"));
        privacy.grantRole(Roles.PRIVACY_OFFICER);
        LOG.info("identity demo data: privacy officer " + PRIVACY_OFFICER_EMAIL + " loaded");
    }

    /**
     * One officer in each department a one-stop business bundle routes to (beyond the tax office
     * and the district's civil affairs, which have theirs), so every part of a demo bundle can be
     * processed. Checked one by one, so older demo databases get them too.
     */
    private void loadBusinessServiceOfficers() {
        String[][] officers = {
                {"officer.seoul@madang.go.kr", "윤하은", "SEOUL", "ECONOMY"},
                {"officer.moel@madang.go.kr", "송민재", "MOEL", "INSURANCE"},
                {"officer.corp@madang.go.kr", "문지아", "NTS", "CORP_TAX"},
                {"officer.fdi@madang.go.kr", "신예준", "MOTIE", "FDI"},
                {"officer.trade@madang.go.kr", "장도현", "MOTIE", "TRADE"},
                {"officer.customs@madang.go.kr", "배서윤", "KCS", "SEOUL_CUST"},
                {"officer.origin@madang.go.kr", "홍재원", "KCS", "ORIGIN"},
                {"officer.fx@madang.go.kr", "서지우", "MOEF", "FX"}};
        Instant now = Instant.now(clock);
        String hash = null;
        for (String[] o : officers) {
            if (repo.findByEmail(o[0]).isPresent()) {
                continue;
            }
            hash = hash == null ? hasher.hash(DEMO_PASSWORD) : hash;
            account(o[0], o[1], LocalDate.of(1986, 5, 20), Region.SEOUL, "ko", hash, now)
                    .assignToDepartment(department(o[2], o[3]));
            LOG.info("identity demo data: officer " + o[0] + " loaded");
        }
    }

    /**
     * Publishers of proactive disclosure (PUBLISHER): each publishes for their own department at
     * /office/open/. Checked one by one, so older demo databases get them too.
     */
    private void loadPublishers() {
        String[][] publishers = {
                {"publisher@madang.go.kr", "조은비", "MOIS", "RESIDENT"},
                {"publisher.seoul@madang.go.kr", "권태양", "SEOUL", "ECONOMY"}};
        Instant now = Instant.now(clock);
        String hash = null;
        for (String[] p : publishers) {
            if (repo.findByEmail(p[0]).isPresent()) {
                continue;
            }
            hash = hash == null ? hasher.hash(DEMO_PASSWORD) : hash;
            Account a = account(p[0], p[1], LocalDate.of(1987, 2, 11), Region.SEJONG, "ko", hash, now);
            a.assignToDepartment(department(p[2], p[3]));
            a.grantRole(Roles.PUBLISHER);
            LOG.info("identity demo data: publisher " + p[0] + " loaded");
        }
    }

    /**
     * Moderators of debates and petitions (MODERATOR) for their own agency: two officers of their
     * own, and the Seoul business officer given the right. Checked one by one, as the publishers are.
     */
    private void loadModerators() {
        String[][] moderators = {
                {"moderator@madang.go.kr", "김나래", "MOIS", "RESIDENT"},
                {"moderator.seoul@madang.go.kr", "이준서", "SEOUL", "ECONOMY"}};
        Instant now = Instant.now(clock);
        String hash = null;
        for (String[] m : moderators) {
            if (repo.findByEmail(m[0]).isPresent()) {
                continue;
            }
            hash = hash == null ? hasher.hash(DEMO_PASSWORD) : hash;
            Account a = account(m[0], m[1], LocalDate.of(1984, 10, 3), Region.SEOUL, "ko", hash, now);
            a.assignToDepartment(department(m[2], m[3]));
            a.grantRole(Roles.MODERATOR);
            LOG.info("identity demo data: moderator " + m[0] + " loaded");
        }
        repo.findByEmail("officer.seoul@madang.go.kr").ifPresent(a -> a.grantRole(Roles.MODERATOR));
    }

    private Account account(String email, String name, LocalDate birth, Region region, String lang, String hash,
                            Instant now) {
        Account a = new Account(email, name, hash, birth, region, lang, now);
        repo.add(a);
        return a;
    }

    private void resident(String name, LocalDate birth, Region region, String number) {
        registry.register(name, birth, region, ResidentRegistrationNumber.parse(number, birth));
    }

    /**
     * A demo database loaded before identity hashes existed: the migration gave the demo resident a
     * resident key without a hash; store it, as she would by confirming her number.
     */
    private void confirmDemoResident() {
        if (!identityKey.isConfigured()) {
            return;
        }
        repo.findByEmail("resident@madang.go.kr").flatMap(a -> identities.findByAccount(a.getId()))
                .filter(r -> !r.isConfirmed())
                .ifPresent(r -> r.confirm(identityKey.identity(ResidentRegistrationNumber.parse("920702-2345678", null))));
    }

    /** The verified demo resident holds her identity, as if she had verified online. */
    private void bindDemoResident(Account a, String number, Instant now) {
        if (!identityKey.isConfigured()) {
            LOG.warning("identity demo data: no MADANG_RESIDENT_ID_KEY, the demo resident has no resident key");
            return;
        }
        identities.flush();
        identities.add(new ResidentIdentity(identityKey.identity(ResidentRegistrationNumber.parse(number,
                a.getBirthDate())), a.getId(), now));
    }

    private Department department(String agency, String code) {
        return repo.findDepartment(agency, code).orElseThrow();
    }
}
