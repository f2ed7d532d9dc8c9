package org.madang.voting.application.poll;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.madang.platform.error.NotFound;
import org.madang.platform.integrity.HashChain;
import org.madang.voting.application.poll.PollViews.ChainCheck;
import org.madang.voting.application.poll.PollViews.PollView;
import org.madang.voting.application.poll.PollViews.ReceiptLine;
import org.madang.voting.domain.poll.Consultation;
import org.madang.voting.domain.poll.PollReceipt;
import org.madang.voting.domain.poll.PollStatus;
import org.madang.voting.domain.poll.ReceiptChain;
import org.madang.voting.domain.poll.ReceiptCode;
import org.madang.voting.infrastructure.poll.PollRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What anyone may read: published polls, their results once closed, the receipt lists and their check. */
@Stateless
@PermitAll
public class PollCatalogue {
    @Inject
    PollRepository repo;
    @Inject
    Clock clock;

    public List<PollView> published() {
        Instant now = Instant.now(clock);
        return repo.published().stream().map(c -> PollView.of(c, now)).toList();
    }

    /** A published poll; NotFound for drafts, which only the administrator sees. */
    public PollView get(long id) {
        return PollView.of(published(id), Instant.now(clock));
    }

    public List<ReceiptLine> receipts(long id) {
        published(id);
        return repo.receipts(id).stream().map(ReceiptLine::of).toList();
    }

    /** Looks a typed receipt code up in one poll's list; InvalidInput if it is mistyped. */
    public Optional<ReceiptLine> findReceipt(long id, String typedCode) {
        published(id);
        String code = ReceiptCode.parse(typedCode).toString();
        return repo.receipt(id, code).map(ReceiptLine::of);
    }

    /** Recomputes every link of the chain and compares its end with the poll's recorded head and count. */
    public ChainCheck checkChain(long id) {
        Consultation c = published(id);
        List<PollReceipt> entries = repo.receipts(id);
        HashChain.Verdict v = ReceiptChain.verify(entries);
        if (!v.intact()) {
            return new ChainCheck(false, v.checked(), v.firstBrokenSequence(), v.reason(), c.getReceiptCount(),
                    c.getChainHead());
        }
        String last = entries.isEmpty() ? HashChain.GENESIS : entries.get(entries.size() - 1).getHash();
        if (entries.size() != c.getReceiptCount() || !last.equals(c.getChainHead())) {
            return new ChainCheck(false, v.checked(), (long) entries.size(), "head", c.getReceiptCount(),
                    c.getChainHead());
        }
        return new ChainCheck(true, v.checked(), null, null, c.getReceiptCount(), c.getChainHead());
    }

    private Consultation published(long id) {
        Consultation c = repo.get(id);
        if (c.getStatus() == PollStatus.DRAFT) {
            throw new NotFound("poll.notFound");
        }
        return c;
    }
}
