package org.madang.voting.infrastructure.poll;

import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.madang.identity.application.AccountDirectory;
import org.madang.identity.application.ResidentKeys;
import org.madang.platform.persistence.DemoDataRequested;
import org.madang.voting.domain.poll.BudgetMode;
import org.madang.voting.domain.poll.Consultation;
import org.madang.voting.domain.poll.PollEligibility;
import org.madang.voting.domain.poll.ParticipatoryBudget;
import org.madang.voting.domain.poll.Poll;
import org.madang.voting.domain.poll.PollTexts;
import org.madang.voting.domain.poll.Selection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Demo polls: an open poll and an open participatory budget of Jongno-gu (for Seoul residents),
 * and a closed poll with published results. Idempotent by title. The closed poll's history is
 * played through the domain with past times (opened, taken part in by demo accounts, closed), so
 * its receipts, ballots and counts are as real as any other poll's. After identity's demo data.
 */
@Stateless
public class PollDemoData {
    static final String OPEN_POLL = "청계천 산책로 야간 조명 시간 연장";
    static final String OPEN_BUDGET = "2027년 종로구 주민참여예산";
    static final String CLOSED_POLL = "종로구 공공자전거 대여소 추가 설치 위치";
    private static final Logger LOG = Logger.getLogger(PollDemoData.class.getName());

    @Inject
    PollRepository repo;
    @Inject
    AccountDirectory accounts;
    @Inject
    ResidentKeys residents;
    @Inject
    Clock clock;

    public void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) DemoDataRequested event) {
        Instant now = Instant.now(clock);
        int added = 0;
        if (repo.findByTitle(OPEN_POLL).isEmpty()) {
            openPoll(now);
            added++;
        }
        if (repo.findByTitle(OPEN_BUDGET).isEmpty()) {
            openBudget(now);
            added++;
        }
        if (repo.findByTitle(CLOSED_POLL).isEmpty()) {
            closedPoll(now);
            added++;
        }
        if (added > 0) {
            LOG.info("poll demo data loaded: " + added + " polls and budgets");
        }
    }

    private void openPoll(Instant now) {
        Poll p = new Poll(new PollTexts(OPEN_POLL, "Longer night lighting on the Cheonggyecheon walkway",
                "청계천 산책로(청계광장~삼일교) 야간 조명을 지금의 밤 11시에서 자정까지 1시간 연장하는 데 찬성하십니까? 연간 추가 전기요금은 약 1,800만 원으로 예상됩니다.",
                "Should the night lighting of the Cheonggyecheon walkway (Cheonggye Plaza to Samil Bridge) stay on one hour longer, until midnight instead of 11 pm? The extra electricity is expected to cost about KRW 18 million a year."),
                new PollEligibility("SEOUL", 14), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), null,
                "demo-data", now);
        p.addOption("찬성", "In favour", null, null, null);
        p.addOption("반대", "Against", null, null, null);
        p.addOption("잘 모르겠음", "Not sure", null, null, null);
        p.open(now);
        repo.add(p);
    }

    private void openBudget(Instant now) {
        ParticipatoryBudget b = new ParticipatoryBudget(new PollTexts(OPEN_BUDGET, "Jongno-gu participatory budget 2027",
                "2027년 종로구 예산 가운데 5억 원을 주민이 직접 정합니다. 사업비 합계가 5억 원을 넘지 않도록 원하는 사업을 고르세요. 득표가 많은 사업부터 예산 안에서 선정합니다.",
                "Residents decide how KRW 500 million of Jongno-gu's 2027 budget is spent. Select the projects you want, costing no more than KRW 500 million together. Projects are funded by votes, most first, within the budget."),
                new PollEligibility("SEOUL", null), now.minus(Duration.ofDays(2)), now.plus(Duration.ofDays(45)),
                BudgetMode.KNAPSACK, 500_000_000L, null, "demo-data", now);
        b.addOption("경로당 냉난방기 교체", "New heating and cooling for senior centres",
                "관내 경로당 14곳의 노후 냉난방기를 고효율 제품으로 교체합니다.",
                "Replaces the worn-out heating and cooling units of 14 senior centres with efficient ones.", 120_000_000L);
        b.addOption("창신동 골목길 보안등 LED 교체", "LED security lights in Changsin-dong alleys",
                "창신동 골목길 보안등 320개를 밝은 LED 등으로 바꿉니다.",
                "Replaces 320 alley security lights in Changsin-dong with brighter LED lamps.", 85_000_000L);
        b.addOption("사직공원 어린이 놀이터 새단장", "A renewed playground in Sajik Park",
                "낡은 놀이기구를 걷어 내고 모든 어린이가 함께 놀 수 있는 통합 놀이터로 고칩니다.",
                "Replaces old equipment with an inclusive playground every child can use.", 210_000_000L);
        b.addOption("전통시장 주차 안내 시스템", "Parking guidance for traditional markets",
                "광장시장·통인시장 주변 공영주차장의 빈자리를 안내판과 앱으로 알려 줍니다.",
                "Shows free spaces in the public car parks around Gwangjang and Tongin markets on signs and in an app.",
                150_000_000L);
        b.addOption("혜화동 보행로 턱 낮추기", "Kerb ramps on Hyehwa-dong footpaths",
                "휠체어와 유모차가 다니기 어려운 보도 턱 60곳을 낮춥니다.",
                "Lowers 60 kerbs that wheelchairs and prams cannot pass.", 95_000_000L);
        b.addOption("청소년 방과후 코딩 교실", "After-school coding classes for teenagers",
                "구립 청소년센터 3곳에서 1년간 무료 코딩 교실을 엽니다.",
                "A year of free coding classes in three district youth centres.", 60_000_000L);
        b.open(now);
        repo.add(b);
    }

    private void closedPoll(Instant now) {
        Instant opens = now.minus(Duration.ofDays(21));
        Instant closes = now.minus(Duration.ofDays(7));
        Poll p = new Poll(new PollTexts(CLOSED_POLL, "Where to add public bicycle stations in Jongno-gu",
                "따릉이 대여소를 더 놓을 곳을 두 곳까지 골라 주세요. 결과는 2027년 설치 계획에 반영합니다.",
                "Choose up to two places for new Ttareungyi bicycle stations. The result feeds the 2027 installation plan."),
                PollEligibility.anyVerifiedResident(), opens, closes, 2, "demo-data", opens.minus(Duration.ofDays(1)));
        p.addOption("혜화역 4번 출구 앞", "Hyehwa Station exit 4", null, null, null);
        p.addOption("경복궁역 주변", "Around Gyeongbokgung Station", null, null, null);
        p.addOption("창신동 주민센터 앞", "Changsin-dong community centre", null, null, null);
        p.addOption("서울대학교병원 정문", "Seoul National University Hospital main gate", null, null, null);
        p.open(opens.minus(Duration.ofHours(1)));
        repo.add(p);
        // the demo accounts that exist, each taking part once, at past times within the window
        List<String> people = List.of("citizen@madang.go.kr", "resident@madang.go.kr", "citizen.en@madang.go.kr",
                "business@madang.go.kr", "officer@madang.go.kr", "officer2@madang.go.kr", "supervisor@madang.go.kr");
        List<Selection> choices = List.of(Selection.of(1, 2), Selection.of(3), Selection.of(1, 4), Selection.of(1, 3),
                Selection.of(2), Selection.of(1), Selection.of(3, 4));
        List<Selection> ballots = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Optional<Long> id = accounts.accountIdOf(people.get(i));
            if (id.isEmpty()) {
                continue;
            }
            // the demo's past participants are mostly not verified residents: like participations
            // from before resident keys, those get a key of their own
            java.util.UUID resident = residents.ofAccount(id.get()).orElseGet(() -> java.util.UUID.nameUUIDFromBytes(
                    ("demo-participant:" + id.get()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            Consultation.Participated x = p.participate(resident, id.get(), choices.get(i),
                    opens.plus(Duration.ofDays(i + 1)));
            repo.record(x);
            ballots.add(choices.get(i));
        }
        p.close(ballots, closes);
    }
}
