package org.madang.forum.petition.infrastructure;

import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.madang.forum.petition.domain.AgencyRule;
import org.madang.forum.petition.domain.AnswerRule;
import org.madang.forum.petition.domain.Milestone;
import org.madang.forum.petition.domain.Outcome;
import org.madang.forum.petition.domain.Petition;
import org.madang.forum.petition.domain.PetitionCategory;
import org.madang.identity.application.AccountDirectory;
import org.madang.identity.application.ResidentKeys;
import org.madang.platform.persistence.DemoDataRequested;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Demo petitions, idempotent by title, their history played through the domain with past times:
 * low answer thresholds for the demo agencies; a Jongno-gu petition by the demo resident that
 * reached its threshold (answer due, in 종로구's queue for officer2@); a Seoul petition answered,
 * accepted, with milestones; a Tax Service petition below its threshold; a closed Interior
 * Ministry petition declined with reasons; and a draft of the demo resident with two of its five
 * sponsors, all started by the demo resident (이서연), so "my petitions" shows every state. Supports
 * and sponsors other than hers are residents outside the demo accounts (a resident key of their
 * own, no account). After identity's demo data; skipped if she is not a verified resident.
 */
@Stateless
public class PetitionDemoData {
    static final String DUE = "종로구 마을버스 심야 운행 연장";
    static final String ACCEPTED = "청계천 반려견 동반 산책 구간 확대";
    static final String BELOW = "종합소득세 신고 안내문을 쉬운 말로";
    static final String DECLINED = "주민등록증 발급 수수료 면제";
    static final String DRAFT = "구립도서관 토요일 야간 개관";
    static final Map<String, AnswerRule> RULES = Map.of("JONGNO", new AnswerRule(8, 14), "SEOUL", new AnswerRule(10, 30),
            "NTS", new AnswerRule(10, 30), "MOIS", new AnswerRule(10, 30));
    private static final Logger LOG = Logger.getLogger(PetitionDemoData.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final List<String> REGIONS = List.of("SEOUL", "SEOUL", "SEOUL", "GYEONGGI", "INCHEON", "BUSAN",
            "DAEJEON", "GWANGJU");

    @Inject
    PetitionRepository repo;
    @Inject
    AccountDirectory accounts;
    @Inject
    ResidentKeys residents;
    @Inject
    Clock clock;

    public void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 910) DemoDataRequested event) {
        Instant now = Instant.now(clock);
        RULES.forEach((agency, rule) -> {
            if (repo.rule(agency).isEmpty()) {
                repo.add(new AgencyRule(agency, rule, now));
            }
        });
        Long resident = accounts.accountIdOf("resident@madang.go.kr").orElse(null);
        UUID residentKey = resident == null ? null : residents.ofAccount(resident).orElse(null);
        int added = 0;
        if (repo.findByTitle(DUE).isEmpty() && residentKey != null) {
            Petition p = published(DUE, "종로구 마을버스 02번·11번은 밤 10시 30분에 운행이 끝나 야간 근무자와 학생들이 귀가하기 어렵습니다.\n"
                    + "두 노선의 막차를 밤 12시까지 연장해 주시기 바랍니다.", PetitionCategory.TRANSPORT, "JONGNO",
                    resident, residentKey, now.minus(Duration.ofDays(3)));
            supports(p, 3, now.minus(Duration.ofDays(2)));
            added++;
        }
        if (repo.findByTitle(ACCEPTED).isEmpty() && residentKey != null) {
            Petition p = published(ACCEPTED, "청계천 산책로에서 반려견과 함께 걸을 수 있는 구간이 청계광장~광교 구간뿐입니다.\n"
                    + "목줄과 배변 봉투를 지키는 조건으로 삼일교까지 넓혀 주세요.", PetitionCategory.ENVIRONMENT, "SEOUL",
                    resident, residentKey, now.minus(Duration.ofDays(25)));
            supports(p, 6, now.minus(Duration.ofDays(20)));
            Long officer = accounts.accountIdOf("officer.seoul@madang.go.kr").orElse(null);
            p.answer("서울시는 청계천 관리 지침을 검토하여 삼일교까지 반려견 동반 산책을 시범 허용하기로 했습니다. "
                    + "시범 기간에는 목줄 길이 2m 이하와 배변 봉투 지참을 지켜 주십시오.", officer, null, now.minus(Duration.ofDays(12)));
            p.decide(Outcome.ACCEPTED, "시범 운영 후 구간 확대 여부를 결정합니다.", now.minus(Duration.ofDays(12)));
            repo.add(new Milestone(p, "청계천 관리 지침 개정안 마련", officer == null ? 0L : officer, now.minus(Duration.ofDays(8))));
            repo.add(new Milestone(p, "안내 표지판 설치 및 시범 운영 시작", officer == null ? 0L : officer, now.minus(Duration.ofDays(2))));
            added++;
        }
        if (repo.findByTitle(BELOW).isEmpty() && residentKey != null) {
            published(BELOW, "종합소득세 신고 안내문에 '필요경비 불산입', '가산세 감면' 같은 어려운 말이 많습니다.\n"
                    + "처음 신고하는 사람도 이해할 수 있게 쉬운 말과 예시로 고쳐 주세요.", PetitionCategory.ADMINISTRATION, "NTS",
                    resident, residentKey, now.minus(Duration.ofDays(2)));
            added++;
        }
        if (repo.findByTitle(DECLINED).isEmpty() && residentKey != null) {
            Petition p = published(DECLINED, "주민등록증을 처음 발급받는 청소년에게도 재발급 수수료 5,000원을 받는 경우가 있습니다.\n"
                    + "분실로 인한 재발급도 한 번은 면제해 주세요.", PetitionCategory.ADMINISTRATION, "MOIS",
                    resident, residentKey, now.minus(Duration.ofDays(45)));
            supports(p, 5, now.minus(Duration.ofDays(40)));
            Long officer = accounts.accountIdOf("publisher@madang.go.kr").orElse(null);
            p.answer("최초 발급은 이미 무료입니다. 분실 재발급 수수료 면제는 검토했으나 받아들이기 어렵습니다.", officer, null,
                    now.minus(Duration.ofDays(20)));
            p.decide(Outcome.DECLINED, "재발급 수수료는 부정 발급을 막는 최소한의 장치이며, 기초생활수급자와 장애인에게는 이미 면제됩니다.",
                    now.minus(Duration.ofDays(20)));
            added++;
        }
        if (repo.findByTitle(DRAFT).isEmpty() && residentKey != null) {
            Petition p = new Petition(DRAFT, "종로구립도서관은 토요일 오후 5시에 문을 닫습니다. 직장인도 이용할 수 있게 "
                    + "토요일에도 밤 9시까지 열어 주세요.", PetitionCategory.CULTURE, "JONGNO", resident, residentKey, token(),
                    now.minus(Duration.ofDays(1)));
            repo.add(p);
            for (int i = 0; i < 2; i++) {
                UUID sponsor = UUID.randomUUID();
                p.sponsored(sponsor);
                repo.addSponsor(p.getId(), sponsor, null, "SEOUL", now.minus(Duration.ofHours(20 - i)));
            }
            added++;
        }
        if (added > 0) {
            LOG.info("petition demo data loaded: " + added + " petitions");
        }
    }

    /** Drafted, sponsored by five residents and published at {@code at}: six supports (sponsors and author). */
    private Petition published(String title, String text, PetitionCategory category, String agency, long author,
                               UUID authorKey, Instant at) {
        Petition p = new Petition(title, text, category, agency, author, authorKey, token(), at.minus(Duration.ofDays(1)));
        repo.add(p);
        for (int i = 0; i < Petition.SPONSORS_NEEDED; i++) {
            UUID sponsor = UUID.randomUUID();
            p.sponsored(sponsor);
            repo.addSponsor(p.getId(), sponsor, null, REGIONS.get(i % REGIONS.size()), at.minus(Duration.ofHours(12 - i)));
        }
        p.publish(author, RULES.get(agency), at);
        int sponsors = repo.sponsorsSupport(p.getId(), at);
        for (int i = 0; i < sponsors; i++) {
            p.supportAdded(at);
        }
        if (repo.addSupport(p.getId(), authorKey, author, "SEOUL", at)) {
            p.supportAdded(at);
        }
        return p;
    }

    private void supports(Petition p, int n, Instant at) {
        for (int i = 0; i < n; i++) {
            if (repo.addSupport(p.getId(), UUID.randomUUID(), null, REGIONS.get((i + 3) % REGIONS.size()), at)) {
                p.supportAdded(at.plusSeconds(i));
            }
        }
    }

    private static String token() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
