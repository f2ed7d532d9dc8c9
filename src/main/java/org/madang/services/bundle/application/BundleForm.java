package org.madang.services.bundle.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.madang.platform.audit.AuditTarget;
import org.madang.platform.audit.Audited;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.security.CurrentUser;
import org.madang.platform.security.Roles;
import org.madang.services.application.ApplicationAnswersInvalid.Problem;
import org.madang.services.application.ApplicationFormCheck;
import org.madang.services.application.DraftPages;
import org.madang.services.application.PageAnswers;
import org.madang.services.bundle.application.BundleViews.BundleView;
import org.madang.services.bundle.domain.BundleFiling;
import org.madang.services.domain.Application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The buttons of a bundle's combined form, each one command in one transaction: save, continue to
 * the check-answers page (which files with {@link BundleApplying#submit}),
 * remove a file, take back a document from records. The shared answers and every part's own are
 * saved together, or not at all while one is impossible (a date like 2026-13-45); the parts' files
 * and documents from records are kept either way. What was refused comes back named like
 * submission's problems ({@code shared.<key>}, {@code <SERVICE_CODE>.<key>}) instead of thrown.
 */
@Stateless
@RolesAllowed(Roles.BUSINESS_REPRESENTATIVE)
public class BundleForm {
    @Inject
    BundleSubmission steps;
    @Inject
    BundleCatalogue bundles;
    @Inject
    DraftPages pages;
    @Inject
    CurrentUser currentUser;

    /** The combined form as sent: the shared answers by key, each part's own (files included) by position. */
    public record BundlePage(Map<String, String> shared, Map<Integer, PageAnswers> parts) implements Serializable {
        public BundlePage {
            shared = shared == null ? Map.of() : new HashMap<>(shared);
            parts = parts == null ? Map.of() : new HashMap<>(parts);
        }
    }

    @Audited("bundle.saveDraft")
    public List<Problem> savePage(@AuditTarget("bundle") @NotBlank String reference, @NotNull BundlePage page) {
        BundleFiling f = steps.mine(reference, currentUser.accountId());
        return save(f, bundles.get(f.getBundleId()), page);
    }

    /**
     * Saves the form and says what would stop filing (a refused answer, a missing one); none means
     * the person may check the answers and file ({@link BundleApplying#submit}). Files nothing.
     */
    @Audited("bundle.saveDraft")
    public List<Problem> checkPage(@AuditTarget("bundle") @NotBlank String reference, @NotNull BundlePage page) {
        BundleFiling f = steps.mine(reference, currentUser.accountId());
        BundleView bundle = bundles.get(f.getBundleId());
        List<Problem> refused = save(f, bundle, page);
        if (!refused.isEmpty()) {
            return refused;
        }
        return steps.problems(f, bundle); // save() copied the shared answers into every part
    }

    @Audited("bundle.removeAttachment")
    public List<Problem> removeAttachmentFromPage(@AuditTarget("bundle") @NotBlank String reference,
                                                  @NotNull BundlePage page, int position, long attachmentId) {
        BundleFiling f = steps.mine(reference, currentUser.accountId());
        List<Problem> refused = save(f, bundles.get(f.getBundleId()), page);
        pages.removeFile(steps.part(f, position), attachmentId);
        return refused;
    }

    /** Saves, then takes back a document attached from records (audited on its own). */
    @Audited("bundle.saveDraft")
    public List<Problem> detachRecordFromPage(@AuditTarget("bundle") @NotBlank String reference,
                                              @NotNull BundlePage page, int position, long sharedId) {
        BundleFiling f = steps.mine(reference, currentUser.accountId());
        List<Problem> refused = save(f, bundles.get(f.getBundleId()), page);
        pages.detachRecord(steps.part(f, position), sharedId);
        return refused;
    }

    private List<Problem> save(BundleFiling f, BundleView bundle, BundlePage page) {
        if (!f.isDraft()) {
            throw new InvalidInput("bundle.alreadySubmitted", f.reference());
        }
        List<String> unknown = page.shared().keySet().stream()
                .filter(k -> bundle.sharedFields().stream().noneMatch(d -> d.key().equals(k))).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInput("services.application.field.unknown", unknown.get(0)).onField("shared." + unknown.get(0));
        }
        List<Problem> refused = new ArrayList<>();
        ApplicationFormCheck.draftProblems(bundle.sharedFields(), page.shared())
                .forEach(p -> refused.add(new Problem("shared." + p.fieldKey(), p.messageKey(), p.arguments())));
        Map<Integer, Application> parts = new HashMap<>();
        page.parts().forEach((position, answers) -> {
            Application a = steps.part(f, position);
            parts.put(position, a);
            refused.addAll(BundleSubmission.named(bundle, position, pages.impossible(a, answers)));
        });
        if (refused.isEmpty()) {
            f.saveAnswers(page.shared());
            parts.forEach((position, a) -> pages.saveAnswers(a, page.parts().get(position)));
        }
        parts.forEach((position, a) -> refused.addAll(
                BundleSubmission.named(bundle, position, pages.attach(a, page.parts().get(position)))));
        steps.copyShared(f, bundle);
        return refused;
    }
}
