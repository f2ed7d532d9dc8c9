package org.madang.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.identity.application.OrganisationDirectory;

import java.io.Serializable;

/** An officer's home: their department and colleagues. */
@Named
@ViewScoped
public class OfficeHomeView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationDirectory directory;

    private OrganisationDirectory.MyDepartment department;

    public void load() {
        department = directory.myDepartment();
    }

    public OrganisationDirectory.MyDepartment getDepartment() {
        return department;
    }
}
