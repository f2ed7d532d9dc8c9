package org.madang.identity.web;

import org.madang.platform.faces.Redirects;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.identity.application.AccountAdministration;
import org.madang.identity.application.OrganisationDirectory;
import org.madang.identity.application.Views;
import org.madang.identity.domain.Region;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** An administrator creates an officer's account in a department. */
@Named
@ViewScoped
public class NewOfficerView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AccountAdministration admin;
    @Inject
    OrganisationDirectory directory;

    private List<Views.DepartmentView> departments;
    private String email;
    private String name;
    private LocalDate birthDate;
    private Region region;
    private Long departmentId;
    private boolean supervisor;
    private String initialPassword;

    public void load() {
        departments = directory.departments();
    }

    public void create() throws IOException {
        long id = admin.createOfficer(email, name, birthDate, region, departmentId == null ? -1 : departmentId,
                supervisor, initialPassword);
        Redirects.to("/admin/account.xhtml?id=" + id, "admin.officer.created");
    }

    public List<Views.DepartmentView> getDepartments() {
        return departments;
    }

    public Region[] getRegions() {
        return Region.values();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String v) {
        email = v;
    }

    public String getName() {
        return name;
    }

    public void setName(String v) {
        name = v;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate v) {
        birthDate = v;
    }

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region v) {
        region = v;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long v) {
        departmentId = v;
    }

    public boolean isSupervisor() {
        return supervisor;
    }

    public void setSupervisor(boolean v) {
        supervisor = v;
    }

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String v) {
        initialPassword = v;
    }
}
