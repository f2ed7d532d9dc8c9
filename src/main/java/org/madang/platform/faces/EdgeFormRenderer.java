package org.madang.platform.faces;

import com.sun.faces.renderkit.html_basic.FormRenderer;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import org.primefaces.context.PrimeFacesContext;

import java.io.IOException;

/**
 * Every {@code h:form} as Faces renders it, plus two hidden fields before it closes:
 * <ul>
 * <li>PrimeFaces' CSP nonce, which PrimeFaces compares on postback with the nonce it gave the page.
 * PrimeFaces' script adds the field in the browser, but only on pages that load that script; written
 * here, a page of plain Faces forms posts back as well;</li>
 * <li>on a stateless page seen by a signed-in person, the session's form token
 * ({@link StatelessFormToken}).</li>
 * </ul>
 * Written by the renderer rather than added to the component tree: components added while a
 * stateful view renders become part of its saved state.
 */
public class EdgeFormRenderer extends FormRenderer {
    static final String NONCE_PARAMETER = "primefaces.nonce";

    @Override
    public void encodeEnd(FacesContext fc, UIComponent form) throws IOException {
        if (form.isRendered()) {
            hidden(fc.getResponseWriter(), form, NONCE_PARAMETER, PrimeFacesContext.getCspState(fc).getNonce());
            if (fc.getViewRoot() != null && fc.getViewRoot().isTransient() && StatelessFormToken.signedIn(fc)) {
                hidden(fc.getResponseWriter(), form, StatelessFormToken.PARAMETER, StatelessFormToken.token(fc));
            }
        }
        super.encodeEnd(fc, form);
    }

    private static void hidden(ResponseWriter w, UIComponent form, String name, String value) throws IOException {
        w.startElement("input", form);
        w.writeAttribute("type", "hidden", null);
        w.writeAttribute("name", name, null);
        w.writeAttribute("value", value, null);
        w.endElement("input");
    }
}
