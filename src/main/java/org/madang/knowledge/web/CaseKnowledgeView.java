package org.madang.knowledge.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.knowledge.application.CaseKnowledge;
import org.madang.knowledge.application.KnowledgeViews.CasePanel;
import org.madang.platform.error.BusinessException;
import org.madang.platform.faces.Redirects;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The case page's knowledge panel: articles linked to the service, suggestions, those used, and "used for this case". */
@Named
@ViewScoped
public class CaseKnowledgeView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseKnowledge knowledge;

    private CasePanel panel;

    public void load() {
        String number = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("number");
        try {
            panel = number == null || number.isBlank() ? null : knowledge.forCase(number);
        } catch (BusinessException notOurs) {
            panel = null; // the case page itself answers 403/404
        }
    }

    public void attach(long articleId) throws IOException {
        knowledge.attach(panel.number(), articleId);
        Redirects.to("/office/case.xhtml?number=" + URLEncoder.encode(panel.number(), StandardCharsets.UTF_8)
                + "#knowledge-heading", "knowledge.attached");
    }

    public CasePanel getPanel() {
        return panel;
    }
}
