package org.madang.identity.web;

import org.madang.platform.faces.Redirects;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.identity.application.AccountAdministration;
import org.madang.identity.application.OrganisationDirectory;
import org.madang.identity.application.Views;
import org.madang.identity.domain.VerificationLevel;
import org.madang.platform.security.Roles;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** One account as an administrator sees it; opening it is recorded in the access log. */
@Named
@ViewScoped
public class AdminAccountView implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Roles an administrator grants directly (officer roles go with a department, representative with a mandate). */
    private static final List<String> GRANTABLE = List.of(Roles.ELECTION_ADMIN, Roles.ADMIN, Roles.AUDITOR,
            Roles.PRIVACY_OFFICER, Roles.MODERATOR);

    @Inject
    AccountAdministration admin;
    @Inject
    OrganisationDirectory directory;

    private long id;
    private Views.AccountDetails account;
    private List<Views.DepartmentView> departments;
    private VerificationLevel level;
    private String reason;
    private transient String residentNumber;
    private String roleToGrant;
    private Long departmentId;
    private boolean supervisor;

    public void load() {
        account = admin.open(id);
        departments = directory.departments();
    }

    public void changeVerification() throws IOException {
        try {
            admin.changeVerification(id, level, reason, residentNumber);
        } finally {
            residentNumber = null; // used once, never shown again
        }
        Redirects.to(self(), "admin.account.levelChanged");
    }

    public void grant() throws IOException {
        admin.grantRole(id, roleToGrant);
        Redirects.to(self(), "admin.account.roleGranted");
    }

    public void revoke(String role) throws IOException {
        admin.revokeRole(id, role);
        Redirects.to(self(), "admin.account.roleRevoked");
    }

    public void assign() throws IOException {
        admin.assignToDepartment(id, departmentId == null ? -1 : departmentId, supervisor);
        Redirects.to(self(), "admin.account.departmentAssigned");
    }

    public void unlock() throws IOException {
        admin.unlock(id);
        Redirects.to(self(), "admin.account.unlocked");
    }

    private String self() {
        return "/admin/account.xhtml?id=" + id;
    }

    public boolean revocable(String role) {
        return !Roles.CITIZEN.equals(role);
    }

    public List<String> getGrantableRoles() {
        return GRANTABLE;
    }

    public VerificationLevel[] getLevels() {
        return VerificationLevel.values();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public Views.AccountDetails getAccount() {
        return account;
    }

    public List<Views.DepartmentView> getDepartments() {
        return departments;
    }

    public VerificationLevel getLevel() {
        return level;
    }

    public void setLevel(VerificationLevel v) {
        level = v;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String v) {
        reason = v;
    }

    public String getResidentNumber() {
        return residentNumber;
    }

    public void setResidentNumber(String v) {
        residentNumber = v;
    }

    public String getRoleToGrant() {
        return roleToGrant;
    }

    public void setRoleToGrant(String v) {
        roleToGrant = v;
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
}
