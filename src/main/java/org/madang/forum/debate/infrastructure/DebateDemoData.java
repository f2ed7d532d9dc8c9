package org.madang.forum.debate.infrastructure;

import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.madang.forum.debate.domain.Audience;
import org.madang.forum.debate.domain.Debate;
import org.madang.forum.debate.domain.Post;
import org.madang.identity.application.AccountDirectory;
import org.madang.platform.persistence.DemoDataRequested;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Demo debates, idempotent by title, played through the domain with past times: an open Jongno-gu
 * debate with a thread, a reply and the district's official answer, and a closed Seoul debate
 * with its summary. After identity's demo data; skipped without the demo accounts.
 */
@Stateless
public class DebateDemoData {
    static final String OPEN = "종로구 골목길 일방통행 지정 확대";
    static final String CLOSED = "서울시 공공자전거 요금 체계 개편";
    private static final Logger LOG = Logger.getLogger(DebateDemoData.class.getName());

    @Inject
    DebateRepository repo;
    @Inject
    AccountDirectory accounts;
    @Inject
    Clock clock;

    public void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 920) DemoDataRequested event) {
        Instant now = Instant.now(clock);
        Long resident = accounts.accountIdOf("resident@madang.go.kr").orElse(null);
        Long citizen = accounts.accountIdOf("citizen@madang.go.kr").orElse(null);
        Long officer = accounts.accountIdOf("officer2@madang.go.kr").orElse(null);
        Long seoul = accounts.accountIdOf("officer.seoul@madang.go.kr").orElse(null);
        if (resident == null || citizen == null || officer == null || seoul == null) {
            return;
        }
        int added = 0;
        if (repo.findByTitle(OPEN).isEmpty()) {
            Instant start = now.minus(Duration.ofDays(3));
            Debate d = new Debate("JONGNO", OPEN, "종로구는 보행 안전을 위해 폭 6m 미만 골목길 12곳을 일방통행으로 지정하는 방안을 검토하고 있습니다.\n"
                    + "주민 여러분의 의견을 듣고 결정하겠습니다.", Audience.SIGNED_IN, null, start,
                    now.plus(Duration.ofDays(11)), officer, start);
            repo.add(d);
            Post t = Post.thread(d, resident, "아이들 통학로가 있는 골목부터 지정해 주세요. 아침마다 차와 아이들이 뒤섞입니다.",
                    null, null, start.plus(Duration.ofHours(5)));
            repo.add(t);
            repo.add(Post.reply(d, t, citizen, "상가 배송 차량이 돌아가야 해서 불편해질 수 있습니다. 배송 시간대를 따로 정하면 좋겠습니다.",
                    null, null, start.plus(Duration.ofHours(9))));
            repo.add(Post.reply(d, t, officer, "통학로가 있는 골목 4곳을 1단계로 검토하고, 배송 차량 시간대는 상인회와 협의하겠습니다.",
                    "JONGNO", "OFFICER", start.plus(Duration.ofDays(1))));
            added++;
        }
        if (repo.findByTitle(CLOSED).isEmpty()) {
            Instant start = now.minus(Duration.ofDays(40));
            Debate d = new Debate("SEOUL", CLOSED, "공공자전거 1시간권과 2시간권 요금을 통합하고 정기권 할인을 넓히는 개편안에 대해 의견을 듣습니다.",
                    Audience.VERIFIED_RESIDENTS, null, start, now.minus(Duration.ofDays(10)), seoul, start);
            repo.add(d);
            repo.add(Post.thread(d, resident, "정기권 할인 확대에 찬성합니다. 출퇴근에 매일 씁니다.", null, null,
                    start.plus(Duration.ofDays(2))));
            d.summarize("의견 214건 가운데 정기권 할인 확대 찬성이 가장 많았습니다. 2027년 3월부터 정기권 할인을 20%로 넓히고, "
                    + "1시간권과 2시간권 통합은 이용 자료를 더 분석한 뒤 결정합니다.", now.minus(Duration.ofDays(5)));
            added++;
        }
        if (added > 0) {
            LOG.info("debate demo data loaded: " + added + " debates");
        }
    }
}
