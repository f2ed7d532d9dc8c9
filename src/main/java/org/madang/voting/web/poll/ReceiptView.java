package org.madang.voting.web.poll;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.voting.application.poll.PollCatalogue;
import org.madang.voting.application.poll.PollViews.OptionView;
import org.madang.voting.application.poll.PollViews.PollView;
import org.madang.voting.application.poll.PollViews.ReceiptGiven;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * The receipt, straight after taking part. It arrives through the flash and is shown this once:
 * the portal does not keep which receipt is whose, nor the digest key.
 */
@Named
@ViewScoped
public class ReceiptView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient PollCatalogue catalogue;

    private Long id;
    private PollView poll;
    private ReceiptGiven receipt;
    private List<OptionView> chosen = List.of();

    public void load() throws IOException {
        poll = id == null ? null : catalogue.get(id);
        Object r = FacesContext.getCurrentInstance().getExternalContext().getFlash().get(PollPages.RECEIPT_FLASH);
        if (r instanceof ReceiptGiven given && given.pollId() == id) {
            receipt = given;
            chosen = poll.options().stream().filter(o -> given.positions().contains(o.position())).toList();
        }
    }

    public PollView getPoll() {
        return poll;
    }

    public ReceiptGiven getReceipt() {
        return receipt;
    }

    public List<OptionView> getChosen() {
        return chosen;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
