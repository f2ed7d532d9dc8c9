package org.madang.platform.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The error summary every page shows above its content when something needs fixing (GOV.UK's
 * pattern): one line per problem, linked to the field it is about. A message whose component is
 * not on the page (or not rendered) is listed without a link, so the summary has no dead links.
 * The page template also prefixes the title with "Error:" while it is shown.
 */
@Named
@RequestScoped
public class ErrorSummary {
    /** One problem: its text and, when it belongs to a field on the page, that field's client id. */
    public record Entry(String text, String target) {
        public boolean isLinked() {
            return target != null;
        }
    }

    private List<Entry> entries;

    public boolean isShown() {
        return !getEntries().isEmpty();
    }

    /**
     * Kept once the page is being rendered. Before that (a postback's decode and validation also ask
     * whether the summary is rendered) messages are still being added, so nothing is kept.
     */
    public List<Entry> getEntries() {
        FacesContext fc = FacesContext.getCurrentInstance();
        if (fc == null || fc.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
            return collect(fc);
        }
        if (entries == null) {
            entries = collect(fc);
        }
        return entries;
    }

    private static List<Entry> collect(FacesContext fc) {
        List<Entry> global = new ArrayList<>();
        List<Entry> fields = new ArrayList<>();
        if (fc == null) {
            return List.of();
        }
        Iterator<String> ids = fc.getClientIdsWithMessages();
        while (ids.hasNext()) {
            String clientId = ids.next();
            String target = clientId == null ? null : renderedOnPage(fc, clientId) ? clientId : null;
            for (FacesMessage m : fc.getMessageList(clientId)) {
                if (m.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal()) {
                    (clientId == null ? global : fields).add(new Entry(m.getSummary(), target));
                }
            }
        }
        global.addAll(fields);
        return List.copyOf(global);
    }

    private static boolean renderedOnPage(FacesContext fc, String clientId) {
        if (fc.getViewRoot() == null) {
            return false;
        }
        AtomicBoolean rendered = new AtomicBoolean();
        try {
            fc.getViewRoot().invokeOnComponent(fc, clientId, (ctx, c) -> rendered.set(c.isRendered()));
        } catch (RuntimeException e) {
            return false; // an id the view does not know: list the message without a link
        }
        return rendered.get();
    }
}
