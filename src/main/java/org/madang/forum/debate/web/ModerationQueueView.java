package org.madang.forum.debate.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.forum.debate.application.DebateViews.QueueLine;
import org.madang.forum.debate.application.Moderating;
import org.madang.forum.debate.domain.ModerationRule;
import org.madang.forum.petition.application.PetitionModerating;
import org.madang.forum.petition.application.PetitionViews.FlaggedPetition;
import org.madang.platform.faces.Redirects;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The moderators' queue of their agency: flagged posts and petitions, oldest first with their count
 * of flags, and appeals to decide.
 */
@Named
@ViewScoped
public class ModerationQueueView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String SELF = "/office/forum/moderation.xhtml";

    @Inject
    transient Moderating moderating;
    @Inject
    transient PetitionModerating petitionModerating;

    private List<QueueLine> queue = List.of();
    private List<FlaggedPetition> petitions = List.of();
    private final Map<Long, String> petitionRules = new HashMap<>();
    private final Map<Long, String> petitionReasons = new HashMap<>();
    private final Map<Long, String> texts = new HashMap<>();
    // rule names as the select sends them: a map's value has no type Faces could convert to
    private final Map<Long, String> rules = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();

    public void load() {
        queue = moderating.queue();
        for (QueueLine l : queue) {
            texts.put(l.post().id(), moderating.textFor(l.post().id()));
        }
        petitions = petitionModerating.queue();
    }

    public void hide(long postId) throws IOException {
        moderating.hide(postId, rule(rules.get(postId)), reasons.getOrDefault(postId, ""));
        Redirects.to(SELF, "moderation.hiddenDone");
    }

    public void hidePetition(long petitionId) throws IOException {
        petitionModerating.hide(petitionId, rule(petitionRules.get(petitionId)), petitionReasons.getOrDefault(petitionId, ""));
        Redirects.to(SELF, "moderation.hiddenDone");
    }

    public void dismissPetition(long petitionId) throws IOException {
        petitionModerating.dismiss(petitionId, petitionReasons.getOrDefault(petitionId, ""));
        Redirects.to(SELF, "moderation.dismissedDone");
    }

    public void restorePetition(long petitionId) throws IOException {
        petitionModerating.decideAppeal(petitionId, true, petitionReasons.getOrDefault(petitionId, ""));
        Redirects.to(SELF, "moderation.appealDecided");
    }

    public void upholdPetition(long petitionId) throws IOException {
        petitionModerating.decideAppeal(petitionId, false, petitionReasons.getOrDefault(petitionId, ""));
        Redirects.to(SELF, "moderation.appealDecided");
    }

    private static ModerationRule rule(String name) {
        return java.util.Arrays.stream(ModerationRule.values()).filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new org.madang.platform.error.InvalidInput("moderation.ruleRequired"));
    }

    public void dismiss(long postId) throws IOException {
        moderating.dismiss(postId, reasons.getOrDefault(postId, ""));
        Redirects.to(SELF, "moderation.dismissedDone");
    }

    public void restore(long postId) throws IOException {
        moderating.decideAppeal(postId, true, reasons.getOrDefault(postId, ""));
        Redirects.to(SELF, "moderation.appealDecided");
    }

    public void uphold(long postId) throws IOException {
        moderating.decideAppeal(postId, false, reasons.getOrDefault(postId, ""));
        Redirects.to(SELF, "moderation.appealDecided");
    }

    public ModerationRule[] getRuleChoices() {
        return ModerationRule.values();
    }

    public List<QueueLine> getQueue() {
        return queue;
    }

    public List<FlaggedPetition> getPetitions() {
        return petitions;
    }

    public Map<Long, String> getPetitionRules() {
        return petitionRules;
    }

    public Map<Long, String> getPetitionReasons() {
        return petitionReasons;
    }

    public Map<Long, String> getTexts() {
        return texts;
    }

    public Map<Long, String> getRules() {
        return rules;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
