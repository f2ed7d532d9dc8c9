package org.madang.voting.web.poll;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.platform.faces.Redirects;
import org.madang.platform.error.NotFound;
import org.madang.voting.application.poll.PollCatalogue;
import org.madang.voting.application.poll.PollViews.ChainCheck;
import org.madang.voting.application.poll.PollViews.PollView;
import org.madang.voting.application.poll.PollViews.ReceiptLine;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * The public receipt list of one poll: every entry of the hash chain, a button that recomputes the
 * whole chain, and a search for one receipt code.
 */
@Named
@ViewScoped
public class ReceiptListView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient PollCatalogue catalogue;

    private Long id;
    private PollView poll;
    private List<ReceiptLine> receipts = List.of();
    private ChainCheck check;
    private String code;
    private boolean searched;
    private ReceiptLine found;

    public void load() throws IOException {
        try {
            poll = id == null ? null : catalogue.get(id);
        } catch (NotFound e) {
            poll = null;
        }
        if (poll == null) {
            Redirects.notFound();
            return;
        }
        receipts = catalogue.receipts(id);
        if (code != null && !code.isBlank()) {
            find();
        }
    }

    /** Recomputes every link (the verify button). */
    public void verify() {
        check = catalogue.checkChain(id);
    }

    /** Looks up one receipt code; a mistyped code is reported beside the field. */
    public void find() {
        searched = false;
        found = catalogue.findReceipt(id, code).orElse(null);
        searched = true;
    }

    public PollView getPoll() {
        return poll;
    }

    public List<ReceiptLine> getReceipts() {
        return receipts;
    }

    public ChainCheck getCheck() {
        return check;
    }

    public boolean isSearched() {
        return searched;
    }

    public ReceiptLine getFound() {
        return found;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
