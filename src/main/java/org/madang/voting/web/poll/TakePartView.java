package org.madang.voting.web.poll;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.platform.faces.Redirects;
import org.madang.platform.error.NotFound;
import org.madang.voting.application.poll.PollCatalogue;
import org.madang.voting.application.poll.PollViews.PollView;
import org.madang.voting.application.poll.PollViews.ReceiptGiven;
import org.madang.voting.application.poll.PollViews.Standing;
import org.madang.voting.application.poll.TakingPart;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Taking part: one radio group (single-choice poll) or a group of checkboxes (several answers,
 * projects). A refused selection — over budget, too many — stays selected, with the reason beside
 * the group; success hands the receipt to the next page through the flash (shown once).
 */
@Named
@ViewScoped
public class TakePartView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient PollCatalogue catalogue;
    @Inject
    transient TakingPart takingPart;

    private Long id;
    private PollView poll;
    private Standing standing;
    private Integer choice;
    private List<Integer> choices = new ArrayList<>();

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
        standing = takingPart.standing(id);
    }

    public void submit() throws IOException {
        List<Integer> positions = poll.multiple() ? choices : (choice == null ? List.of() : List.of(choice));
        ReceiptGiven receipt = takingPart.participate(id, positions);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().put(PollPages.RECEIPT_FLASH, receipt);
        Redirects.to(PollPages.RECEIPT + id, null);
    }

    public PollView getPoll() {
        return poll;
    }

    public Standing getStanding() {
        return standing;
    }

    public Integer getChoice() {
        return choice;
    }

    public void setChoice(Integer choice) {
        this.choice = choice;
    }

    public List<Integer> getChoices() {
        return choices;
    }

    public void setChoices(List<Integer> choices) {
        this.choices = choices == null ? new ArrayList<>() : new ArrayList<>(choices);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
