package org.madang.forum.debate;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.madang.forum.debate.application.DebateAdministration;
import org.madang.forum.debate.application.DebateCatalogue;
import org.madang.forum.debate.application.DebateForm;
import org.madang.forum.debate.application.DebateViews.PostView;
import org.madang.forum.debate.application.DebateViews.ThreadPage;
import org.madang.forum.debate.application.Posting;
import org.madang.forum.debate.domain.Audience;
import org.madang.identity.domain.Region;
import org.madang.platform.error.BusinessException;
import org.madang.platform.error.Conflict;
import org.madang.platform.error.Forbidden;
import org.madang.testsupport.Deployments;
import org.madang.testsupport.incontainer.Callers;
import org.madang.testsupport.incontainer.VerifiedAccounts;
import org.madang.testsupport.incontainer.VerifiedAccounts.Person;
import org.madang.testsupport.time.MovableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.madang.testsupport.incontainer.Db.count;

/**
 * Policy debates inside the running server: an agency opens one for verified residents; threads,
 * one level of replies, edits within 15 minutes with the history kept, deletion by the author,
 * official answers by the agency only, agree/disagree once per account, keyset paging that
 * returns every thread once in order, and the summary after closing.
 */
@ExtendWith(ArquillianExtension.class)
class DebateArquillianIT {
    static final String DEMO = "Madang!2026";
    static final String PASSWORD = "Debate!2026";
    static final String OFFICER = "officer2@madang.go.kr"; // Jongno-gu

    @Deployment
    static WebArchive deployment() {
        return Deployments.fullWar();
    }

    @Inject
    DebateAdministration administration;
    @Inject
    DebateCatalogue catalogue;
    @Inject
    Posting posting;
    @Inject
    VerifiedAccounts verified;
    @Inject
    Callers callers;
    @Inject
    MovableClock clock;
    @Inject
    org.madang.forum.debate.application.Moderating moderating;
    @Inject
    jakarta.enterprise.inject.Instance<org.madang.privacy.application.PersonalDataExporter> exporters;
    @Inject
    org.madang.privacy.application.AccountDeletion deletion;

    long debate(Audience audience, String region) throws Exception {
        return callers.as(OFFICER, DEMO, () -> administration.open(new DebateForm("시험 토론 " + System.nanoTime(),
                "배경 설명", audience, region, Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(7)))));
    }

    <T> T as(Person p, Callable<T> work) throws Exception {
        return callers.as(p.email(), PASSWORD, work);
    }

    static String key(Throwable t) {
        return ((BusinessException) t).messageKey();
    }

    @Test
    void threadsRepliesEditsDeletionsAndOfficialAnswers() throws Exception {
        long id = debate(Audience.VERIFIED_RESIDENTS, null);
        List<Person> people = verified.create(2, Region.SEOUL, PASSWORD);
        Person a = people.get(0);
        Person b = people.get(1);
        String agency = catalogue.get(id).agency().code();
        java.time.YearMonth month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Seoul"));
        long postsBefore = catalogue.postsPerMonth(month, month, agency).getOrDefault(month, 0L);
        long thread = as(a, () -> posting.post(id, "첫 글입니다", false));
        assertThatThrownBy(() -> callers.as("citizen@madang.go.kr", DEMO, () -> posting.post(id, "기본 계정", false)))
                .isInstanceOf(Forbidden.class).satisfies(t -> assertThat(key(t)).isEqualTo("debate.refused.notVerified"));
        long reply = as(b, () -> posting.reply(thread, "답글입니다", false));
        assertThatThrownBy(() -> as(a, () -> posting.reply(reply, "답글의 답글", false)))
                .isInstanceOf(Conflict.class).satisfies(t -> assertThat(key(t)).isEqualTo("debate.reply.onlyToThreads"));
        // counted as they are written, per month and agency, for the performance dashboard
        assertThat(catalogue.postsPerMonth(month, month, agency)).containsEntry(month, postsBefore + 2);
        assertThat(catalogue.postsPerMonth(month, month, "NO_SUCH_AGENCY")).isEmpty();

        // edits: by the author only, within 15 minutes, the earlier wording kept
        assertThatThrownBy(() -> as(b, () -> {
            posting.edit(thread, "남의 글");
            return null;
        })).satisfies(t -> assertThat(key(t)).isEqualTo("debate.post.notAuthor"));
        as(a, () -> {
            posting.edit(thread, "고친 첫 글");
            return null;
        });
        assertThat(count("select count(*) from forum_post_edit where post_id = ? and body = '첫 글입니다'", thread)).isEqualTo(1);
        // the public history: the first wording until the edit, then the current one
        var history = catalogue.history(thread).wordings();
        assertThat(history).extracting(w -> w.body()).containsExactly("첫 글입니다", "고친 첫 글");
        assertThat(history.get(0).until()).isEqualTo(history.get(1).from()).isNotNull();
        assertThat(history.get(1).until()).isNull();
        assertThat(catalogue.history(reply).wordings()).extracting(w -> w.body()).containsExactly("답글입니다");
        // the safe Markdown subset: emphasis and web links; raw markup and script links stay inert text
        long marked = as(b, () -> posting.reply(thread, "**굵게** 그리고 [안내](https://www.madang.go.kr/a) "
                + "[나쁜 링크](javascript:alert(1)) <script>alert(1)</script>", false));
        String html = catalogue.post(marked).bodyHtml();
        assertThat(html).contains("<strong>굵게</strong>").contains("href=\"https://www.madang.go.kr/a\"")
                .contains("rel=\"nofollow ugc noopener\"").contains("&lt;script&gt;").doesNotContain("javascript:").doesNotContain("<script");
        assertThat(catalogue.post(marked).body()).as("the text as written, for the API").startsWith("**굵게**");
        try {
            clock.moveTo(Instant.now().plus(Duration.ofMinutes(16)));
            assertThatThrownBy(() -> as(a, () -> {
                posting.edit(thread, "너무 늦은 수정");
                return null;
            })).satisfies(t -> assertThat(key(t)).isEqualTo("debate.edit.tooLate"));
        } finally {
            clock.reset();
        }

        // official answers: an officer of the debate's agency, shown with the agency and role
        long official = callers.as(OFFICER, DEMO, () -> posting.reply(thread, "종로구의 공식 답변입니다", true));
        assertThatThrownBy(() -> callers.as("officer.seoul@madang.go.kr", DEMO, () -> posting.reply(thread, "남의 기관", true)))
                .satisfies(t -> assertThat(key(t)).isEqualTo("debate.official.notYourAgency"));
        assertThatThrownBy(() -> as(a, () -> posting.post(id, "주민이 공식 답변", true))).isInstanceOf(Forbidden.class);
        PostView t = catalogue.thread(thread, null).threads().get(0);
        assertThat(t.body()).isEqualTo("고친 첫 글");
        assertThat(t.editedAt()).isNotNull();
        assertThat(t.replies()).isEqualTo(3);
        assertThat(t.firstReplies()).extracting(PostView::id).containsExactly(reply, marked, official);
        PostView o = t.firstReplies().get(2);
        assertThat(o.author()).isEqualTo("OFFICIAL");
        assertThat(o.officialAgency().code()).isEqualTo("JONGNO");
        assertThat(o.officialRole()).isEqualTo("OFFICER");
        assertThat(catalogue.threads(id, "official", null).threads()).isEmpty(); // the official post is a reply

        // agree / disagree: once per account, changeable
        as(b, () -> {
            posting.vote(thread, true);
            posting.vote(thread, true);
            return null;
        });
        as(a, () -> {
            posting.vote(thread, false);
            posting.vote(thread, true);
            return null;
        });
        t = catalogue.thread(thread, null).threads().get(0);
        assertThat(t.agree()).isEqualTo(2);
        assertThat(t.disagree()).isZero();

        // deletion leaves "deleted by the author" and takes no more replies
        as(a, () -> {
            posting.delete(thread);
            return null;
        });
        t = catalogue.thread(thread, null).threads().get(0);
        assertThat(t.deleted()).isTrue();
        assertThat(t.body()).isNull();
        assertThat(catalogue.history(thread).wordings()).as("a deleted post's wordings are gone from view").isEmpty();
        assertThatThrownBy(() -> as(b, () -> posting.reply(thread, "삭제된 글에 답글", false)))
                .satisfies(x -> assertThat(key(x)).isEqualTo("debate.reply.deleted"));

        // a debate of one region: residents of other regions may not post
        long local = debate(Audience.REGION_RESIDENTS, "BUSAN");
        assertThatThrownBy(() -> as(a, () -> posting.post(local, "서울 주민", false)))
                .satisfies(x -> assertThat(key(x)).isEqualTo("debate.refused.region"));
        assertThat(as(a, () -> posting.standing(local)).refusalKey()).isEqualTo("debate.refused.region");

        // the summary only after closing
        assertThatThrownBy(() -> callers.as(OFFICER, DEMO, () -> {
            administration.summarize(id, "정리");
            return null;
        })).satisfies(x -> assertThat(key(x)).isEqualTo("debate.summary.notClosed"));
        try {
            clock.moveTo(Instant.now().plus(Duration.ofDays(8)));
            assertThatThrownBy(() -> as(b, () -> posting.post(id, "마감 뒤", false)))
                    .satisfies(x -> assertThat(key(x)).isEqualTo("debate.notOpen"));
            callers.as(OFFICER, DEMO, () -> {
                administration.summarize(id, "토론을 정리합니다");
                return null;
            });
        } finally {
            clock.reset();
        }
        assertThat(catalogue.get(id).summary()).isEqualTo("토론을 정리합니다");
    }

    /** 45 threads read 20 at a time by keyset: every thread once, newest first; most agreed first by its own keyset. */
    @Test
    void keysetPagesReturnEveryThreadOnceInOrder() throws Exception {
        long id = debate(Audience.SIGNED_IN, null);
        List<Long> posted = new ArrayList<>();
        // nine people, five threads each: a person may post five times a minute
        for (Person p : verified.create(9, Region.SEOUL, PASSWORD)) {
            as(p, () -> {
                for (int i = 0; i < 5; i++) {
                    posted.add(posting.post(id, "글 " + posted.size(), false));
                }
                return null;
            });
        }
        // the 10th thread gets agrees, so it leads "most agreed"
        callers.as("citizen@madang.go.kr", DEMO, () -> {
            posting.vote(posted.get(10), true);
            return null;
        });
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            ThreadPage page = catalogue.threads(id, "newest", cursor);
            page.threads().forEach(p -> seen.add(p.id()));
            cursor = page.next();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        List<Long> newestFirst = new ArrayList<>(posted);
        java.util.Collections.reverse(newestFirst);
        assertThat(seen).containsExactlyElementsOf(newestFirst);
        List<Long> agreed = new ArrayList<>();
        cursor = null;
        do {
            ThreadPage page = catalogue.threads(id, "agreed", cursor);
            page.threads().forEach(p -> agreed.add(p.id()));
            cursor = page.next();
        } while (cursor != null);
        assertThat(agreed).hasSize(45).doesNotHaveDuplicates();
        assertThat(agreed.get(0)).isEqualTo(posted.get(10));
        // an edited address is the start of the list, never an error
        assertThat(catalogue.threads(id, "newest", "n-abc").threads()).hasSize(20);
    }

    /**
     * Abuse limits (defaults: 5 posts a minute, 60 a day, no same text within 24 hours, 4,000
     * characters): the refused post is not saved, the limit is named in the message, and the
     * agency's official posts are not limited.
     */
    @Test
    void postingLimitsPerMinutePerDayRepeatedTextAndLength() throws Exception {
        long id = debate(Audience.SIGNED_IN, null);
        Person p = verified.create(1, Region.SEOUL, PASSWORD).get(0);
        long first = as(p, () -> posting.post(id, "버스 노선을 늘려 주세요", false));
        for (int i = 1; i < 5; i++) {
            String text = "의견 " + i;
            as(p, () -> posting.reply(first, text, false));
        }
        assertThatThrownBy(() -> as(p, () -> posting.post(id, "여섯 번째 글", false))).isInstanceOf(Conflict.class)
                .satisfies(t -> assertThat(key(t)).isEqualTo("forum.limit.postsPerMinute"))
                .satisfies(t -> assertThat(((BusinessException) t).arguments()).containsExactly(5));
        assertThatThrownBy(() -> as(p, () -> posting.reply(first, "여섯 번째 답글", false)))
                .satisfies(t -> assertThat(key(t)).isEqualTo("forum.limit.postsPerMinute"));
        assertThat(count("select count(*) from forum_post where author_account_id = ?", p.id())).isEqualTo(5);
        // an officer of the debate's agency answers officially as often as needed
        for (int i = 0; i < 6; i++) {
            callers.as(OFFICER, DEMO, () -> posting.reply(first, "검토하겠습니다", true));
        }
        Instant start = Instant.now();
        try {
            clock.moveTo(start.plus(Duration.ofMinutes(2)));
            // the same text again, however it is spaced or cased, in a thread or a reply
            for (String again : List.of("버스  노선을\n늘려 주세요 ", "버스 노선을 늘려\u200b 주세요")) {
                assertThatThrownBy(() -> as(p, () -> posting.post(id, again, false))).isInstanceOf(Conflict.class)
                        .satisfies(t -> assertThat(key(t)).isEqualTo("forum.limit.repeated"))
                        .satisfies(t -> assertThat(((BusinessException) t).field()).isEqualTo("body"));
            }
            assertThatThrownBy(() -> as(p, () -> posting.reply(first, "의견 1", false)))
                    .satisfies(t -> assertThat(key(t)).isEqualTo("forum.limit.repeated"));
            as(p, () -> posting.post(id, "버스 노선을 늘려 주세요!", false));
            // too long: refused by the post's own check, whatever the page let through
            assertThatThrownBy(() -> as(p, () -> posting.post(id, "가".repeat(4001), false)))
                    .satisfies(t -> assertThat(key(t)).isEqualTo("debate.textRequired"));
            // 60 in 24 hours: five every two minutes (a minute's window then holds none of the last five)
            for (int minute = 4; count("select count(*) from forum_post where author_account_id = ?", p.id()) < 60; minute += 2) {
                clock.moveTo(start.plus(Duration.ofMinutes(minute)));
                for (int i = 0; i < 5 && count("select count(*) from forum_post where author_account_id = ?", p.id()) < 60; i++) {
                    String text = "하루 글 " + minute + "-" + i;
                    as(p, () -> posting.reply(first, text, false));
                }
            }
            clock.moveTo(start.plus(Duration.ofHours(1)));
            assertThatThrownBy(() -> as(p, () -> posting.post(id, "예순한 번째", false)))
                    .satisfies(t -> assertThat(key(t)).isEqualTo("forum.limit.postsPerDay"))
                    .satisfies(t -> assertThat(((BusinessException) t).arguments()).containsExactly(60));
            // a day later: posting again, and the first text too
            clock.moveTo(start.plus(Duration.ofHours(25)));
            as(p, () -> posting.post(id, "버스 노선을 늘려 주세요", false));
        } finally {
            clock.reset();
        }
        assertThat(count("select count(*) from forum_post where author_account_id = ?", p.id())).isEqualTo(61);
    }

    /** An erased account: its posts stay, by "a former member"; its report still counts, naming nobody; its vote goes. */
    @Test
    void anErasedAccountsPostsStayByAFormerMemberAndItsReportStillCounts() throws Exception {
        long id = debate(Audience.SIGNED_IN, null);
        List<Person> people = verified.create(2, Region.SEOUL, PASSWORD);
        Person leaving = people.get(0);
        long thread = as(leaving, () -> posting.post(id, "탈퇴하기 전에 쓴 글", false));
        long reply = as(people.get(1), () -> posting.reply(thread, "남는 사람의 답글", false));
        as(leaving, () -> {
            posting.vote(reply, true);
            moderating.flag(reply, org.madang.forum.debate.domain.ModerationRule.SPAM, "광고 같습니다");
            return null;
        });
        as(leaving, () -> {
            deletion.deleteMyAccount(PASSWORD);
            return null;
        });
        PostView t = catalogue.post(thread);
        assertThat(t.author()).isEqualTo("FORMER");
        assertThat(t.body()).isEqualTo("탈퇴하기 전에 쓴 글");
        assertThat(count("select count(*) from forum_post where author_account_id = ?", leaving.id())).isZero();
        assertThat(count("select count(*) from forum_vote where account_id = ?", leaving.id())).isZero();
        assertThat(catalogue.post(reply).agree()).as("the count stays").isEqualTo(1);
        assertThat(count("select count(*) from forum_flag where post_id = ? and open and flagger < 0", reply))
                .as("the report counts, naming nobody").isEqualTo(1);
        assertThat(count("select count(*) from forum_flag where flagger = ?", leaving.id())).isZero();
    }

    /**
     * Three flags from different people put a post under review (text withheld); a Seoul officer
     * holding MODERATOR hides it under a rule; its author is told and appeals once; the moderator
     * who hid it may not decide the appeal, another Seoul moderator restores it (an officer without
     * the role may not, nor another agency's moderator); every step is in the public log, no flagger.
     */
    @Test
    void threeFlagsReviewHideAppealOnceDecidedByAnotherModeratorAndAPublicLog() throws Exception {
        long id = callers.as("officer.seoul@madang.go.kr", DEMO, () -> administration.open(new DebateForm(
                "시험 토론 " + System.nanoTime(), "배경", Audience.SIGNED_IN, null, Instant.now().minusSeconds(60),
                Instant.now().plus(Duration.ofDays(7)))));
        List<Person> people = verified.create(4, Region.SEOUL, PASSWORD);
        Person author = people.get(0);
        long post = as(author, () -> posting.post(id, "신고될 글", false));
        for (int i = 1; i <= 2; i++) {
            Person p = people.get(i);
            as(p, () -> {
                moderating.flag(post, org.madang.forum.debate.domain.ModerationRule.ABUSE, null);
                return null;
            });
        }
        assertThatThrownBy(() -> as(people.get(1), () -> {
            moderating.flag(post, org.madang.forum.debate.domain.ModerationRule.SPAM, "또");
            return null;
        })).satisfies(t -> assertThat(key(t)).isEqualTo("moderation.flag.already"));
        assertThat(catalogue.post(post).moderation().name()).as("two flags: still shown").isEqualTo("VISIBLE");
        as(people.get(3), () -> {
            moderating.flag(post, org.madang.forum.debate.domain.ModerationRule.ABUSE, "세 번째");
            return null;
        });
        PostView v = catalogue.post(post);
        assertThat(v.moderation().name()).isEqualTo("UNDER_REVIEW");
        assertThat(v.body()).as("withheld while under review").isNull();
        var queue = callers.as("officer.seoul@madang.go.kr", DEMO, () -> moderating.queue());
        assertThat(queue).filteredOn(l -> l.post().id() == post).singleElement()
                .satisfies(l -> assertThat(l.flags()).isEqualTo(3));
        assertThat(callers.as("moderator@madang.go.kr", DEMO, () -> moderating.queue()))
                .as("another agency's queue").noneMatch(l -> l.post().id() == post);
        assertThatThrownBy(() -> callers.as("officer2@madang.go.kr", DEMO, () -> moderating.queue()))
                .as("an officer without the MODERATOR role").isInstanceOf(jakarta.ejb.EJBAccessException.class);

        assertThatThrownBy(() -> as(author, () -> {
            moderating.appeal(post, "숨겨지기 전");
            return null;
        })).satisfies(t -> assertThat(key(t)).isEqualTo("moderation.appeal.notHidden"));
        callers.as("officer.seoul@madang.go.kr", DEMO, () -> {
            moderating.hide(post, org.madang.forum.debate.domain.ModerationRule.ABUSE, "다른 참여자를 모욕했습니다");
            return null;
        });
        v = catalogue.post(post);
        assertThat(v.moderation().name()).isEqualTo("HIDDEN");
        assertThat(v.hiddenReason()).isEqualTo("다른 참여자를 모욕했습니다");
        assertThat(count("select count(*) from inbox_message where account_id = ? and subject_key = ?", author.id(),
                "moderation.notice.hidden.subject")).isEqualTo(1);
        assertThatThrownBy(() -> as(people.get(1), () -> {
            moderating.appeal(post, "남의 글");
            return null;
        })).isInstanceOf(Forbidden.class);
        as(author, () -> {
            moderating.appeal(post, "모욕이 아니라 비판이었습니다");
            return null;
        });
        assertThatThrownBy(() -> as(author, () -> {
            moderating.appeal(post, "한 번 더");
            return null;
        })).satisfies(t -> assertThat(key(t)).isEqualTo("moderation.appeal.once"));
        assertThatThrownBy(() -> callers.as("officer.seoul@madang.go.kr", DEMO, () -> {
            moderating.decideAppeal(post, true, "내가 결정");
            return null;
        })).isInstanceOf(Forbidden.class).satisfies(t -> assertThat(key(t)).isEqualTo("moderation.appeal.anotherModerator"));
        assertThatThrownBy(() -> callers.as("publisher.seoul@madang.go.kr", DEMO, () -> {
            moderating.decideAppeal(post, true, "역할 없음");
            return null;
        })).as("a Seoul officer without the role").isInstanceOf(jakarta.ejb.EJBAccessException.class);
        assertThatThrownBy(() -> callers.as("moderator@madang.go.kr", DEMO, () -> {
            moderating.decideAppeal(post, true, "남의 기관");
            return null;
        })).as("another agency's moderator").satisfies(t -> assertThat(key(t)).isEqualTo("debate.post.notFound"));
        callers.as("moderator.seoul@madang.go.kr", DEMO, () -> {
            moderating.decideAppeal(post, true, "정책 비판으로 보아 다시 공개합니다");
            return null;
        });
        v = catalogue.post(post);
        assertThat(v.moderation().name()).isEqualTo("VISIBLE");
        assertThat(v.body()).isEqualTo("신고될 글");
        var log = moderating.log(null).stream().filter(e -> Long.valueOf(post).equals(e.postId())).toList();
        assertThat(log).extracting(e -> e.action().name())
                .containsExactly("APPEAL_RESTORED", "HIDDEN", "UNDER_REVIEW");
        assertThat(log.get(1).reason()).isEqualTo("다른 참여자를 모욕했습니다");
        assertThat(count("select count(*) from information_schema.columns where table_name = 'moderation_log'"
                + " and column_name like '%flag%'")).as("the log has no place for a flagger").isZero();
        // "download my data": the author's post, a reporter's report
        assertThat(exported(author, "forumPosts")).contains(post);
        assertThat(exported(people.get(1), "forumFlags")).containsExactly(post);
        assertThat(exported(people.get(1), "forumPosts")).isEmpty();
    }

    /**
     * Background documents are publications of /open/, checked and titled through its public
     * catalogue: a public one is linked (once) and shown with its title; a draft or an unknown
     * number is refused; another agency's officer may not link; removal unlinks.
     */
    @Test
    void debatesLinkPublicOpenPublicationsAsBackgroundDocuments() throws Exception {
        long id = debate(Audience.SIGNED_IN, null);
        long pub = count("select min(id) from publication where status = 'PUBLISHED' and published_at < now()");
        String title = (String) org.madang.testsupport.incontainer.Db.value("select title_ko from publication where id = ?", pub);
        callers.as(OFFICER, DEMO, () -> {
            administration.addDocument(id, pub);
            return null;
        });
        assertThat(catalogue.get(id).documents()).singleElement().satisfies(d -> {
            assertThat(d.publicationId()).isEqualTo(pub);
            assertThat(d.titleKo()).isEqualTo(title);
        });
        assertThat(catalogue.debates()).filteredOn(d -> d.id() == id).singleElement()
                .satisfies(d -> assertThat(d.documents()).as("the list reads no titles").isEmpty());
        assertThatThrownBy(() -> callers.as(OFFICER, DEMO, () -> {
            administration.addDocument(id, pub);
            return null;
        })).satisfies(t -> assertThat(key(t)).isEqualTo("debate.document.already"));
        long draft = count("select coalesce(min(id), 0) from publication where status = 'DRAFT'");
        for (long bad : draft == 0 ? new long[] {999_999_999L} : new long[] {999_999_999L, draft}) {
            assertThatThrownBy(() -> callers.as(OFFICER, DEMO, () -> {
                administration.addDocument(id, bad);
                return null;
            })).isInstanceOf(org.madang.platform.error.InvalidInput.class)
                    .satisfies(t -> assertThat(key(t)).isEqualTo("debate.document.unknown"));
        }
        assertThatThrownBy(() -> callers.as("officer.seoul@madang.go.kr", DEMO, () -> {
            administration.addDocument(id, pub);
            return null;
        })).satisfies(t -> assertThat(key(t)).isEqualTo("debate.notFound"));
        callers.as(OFFICER, DEMO, () -> {
            administration.removeDocument(id, pub);
            return null;
        });
        assertThat(catalogue.get(id).documents()).isEmpty();
    }

    List<Object> exported(Person p, String section) throws Exception {
        return as(p, () -> {
            for (var e : exporters) {
                for (var s : e.export(p.id())) {
                    if (s.id().equals(section)) {
                        return s.records().stream().map(r -> r.get("forumPostNumber")).toList();
                    }
                }
            }
            throw new AssertionError("no section " + section);
        });
    }
}
