package org.madang.platform.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

/** The language of the current request, for the page template ({@code lang} attribute, f:view locale). */
@Named("lang")
@RequestScoped
public class LanguageBean {
    @Inject
    HttpServletRequest request;

    public String getCode() {
        Object v = request.getAttribute(LanguageFilter.ATTRIBUTE);
        return v instanceof String s && Languages.supported(s) ? s : LanguageFilter.resolve(request);
    }

    public Locale getLocale() {
        return Languages.locale(getCode());
    }

    public boolean isKorean() {
        return "ko".equals(getCode());
    }

    /** The same page in the other language, as a plain link. */
    public String switchLink(String target) {
        String uri = LanguageFilter.originalUri(request);
        String q = LanguageFilter.originalQuery(request);
        StringBuilder b = new StringBuilder(uri).append('?');
        if (q != null && !q.isEmpty()) {
            for (String p : q.split("&")) {
                if (!p.startsWith("lang=")) {
                    b.append(p).append('&');
                }
            }
        }
        return b.append("lang=").append(target).toString();
    }
}
