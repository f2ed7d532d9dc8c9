package org.madang.services.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.madang.services.application.AgencyNames;
import org.madang.services.application.Catalogue;
import org.madang.services.application.ServiceView;

import java.io.IOException;

/** One service's public page; stateless like the catalogue (request scope, GET only). */
@Named
@RequestScoped
public class ServiceDetailView {
    @Inject
    Catalogue catalogue;
    /** In the demo configuration the page says the values are illustrative, not official. */
    @Inject
    @ConfigProperty(name = "MADANG_DEMO_DATA", defaultValue = "false")
    boolean demo;

    private Long id;
    private ServiceView service;
    private AgencyNames.Name agency;
    private AgencyNames.Name department;

    public void load() throws IOException {
        service = id == null ? null : catalogue.find(id).orElse(null);
        if (service == null) {
            FacesContext fc = FacesContext.getCurrentInstance();
            ExternalContext ec = fc.getExternalContext();
            ec.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            fc.responseComplete();
            return;
        }
        agency = catalogue.agencyName(service.agencyCode()).orElse(new AgencyNames.Name(service.agencyCode(),
                service.agencyCode(), service.agencyCode()));
        department = catalogue.departmentName(service.departmentId()).orElse(null);
    }

    public ServiceView getService() {
        return service;
    }

    public AgencyNames.Name getAgency() {
        return agency;
    }

    public AgencyNames.Name getDepartment() {
        return department;
    }

    public boolean isDemo() {
        return demo;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
