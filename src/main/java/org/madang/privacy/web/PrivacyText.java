package org.madang.privacy.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.madang.platform.faces.Messages;
import org.madang.privacy.application.PrivacyViews;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Words for the privacy pages, in the viewer's language: purposes, data fields, roles, agencies and
 * consent scopes are stored as codes and named here. An unknown code shows as itself rather than
 * as nothing, so a context that logs a new purpose before naming it is still understandable.
 */
@Named("privacyText")
@ApplicationScoped
public class PrivacyText {
    public String purpose(String key) {
        return Messages.format(key);
    }

    public String field(String name) {
        return known("privacy.field." + name, name);
    }

    public String fields(List<String> names) {
        return names.stream().map(this::field).collect(Collectors.joining(", "));
    }

    public String role(String role) {
        return known("role." + role, role);
    }

    public String scope(String scope) {
        return known("consent.scope." + scope, scope);
    }

    /** "Jongno Tax Office, Taxpayer Service, National Tax Service", or the portal's administration. */
    public String unit(PrivacyViews.Reader r) {
        var l = Messages.currentLocale();
        return r.isPortalAdministration() ? Messages.format("privacy.reader.portal", r.agencyName(l))
                : Messages.format("privacy.reader.unit", r.departmentName(l), r.agencyName(l));
    }

    public String agency(PrivacyViews.Reader r) {
        return r.agencyName(Messages.currentLocale());
    }

    public String agencyOption(PrivacyViews.AgencyOption o) {
        var l = Messages.currentLocale();
        return o.portalAdministration() ? Messages.format("privacy.reader.portal", o.name(l)) : o.name(l);
    }

    public String recipient(PrivacyViews.ConsentView c) {
        return c.recipientAgency() == null ? "—" : c.recipientName(Messages.currentLocale());
    }

    private static String known(String key, String fallback) {
        String t = Messages.format(key);
        return t.equals(key) ? fallback : t;
    }
}
