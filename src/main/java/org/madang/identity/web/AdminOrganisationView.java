package org.madang.identity.web;

import org.madang.platform.faces.Redirects;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.madang.identity.application.OrganisationDirectory;
import org.madang.identity.application.Views;
import org.madang.identity.domain.Agency;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** Agencies and departments, for administrators. */
@Named
@ViewScoped
public class AdminOrganisationView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationDirectory directory;

    private List<Views.AgencyView> agencies;
    private String code;
    private String nameKo;
    private String nameEn;
    private Agency.Kind kind;
    private Long departmentAgencyId;
    private String departmentCode;
    private String departmentNameKo;
    private String departmentNameEn;

    public void load() {
        agencies = directory.agencies();
    }

    public void createAgency() throws IOException {
        directory.createAgency(code, nameKo, nameEn, kind);
        Redirects.to("/admin/agencies.xhtml", "admin.agency.created", code);
    }

    public void createDepartment() throws IOException {
        directory.createDepartment(departmentAgencyId == null ? -1 : departmentAgencyId, departmentCode,
                departmentNameKo, departmentNameEn);
        Redirects.to("/admin/agencies.xhtml", "admin.department.created", departmentCode);
    }

    public List<Views.AgencyView> getAgencies() {
        return agencies;
    }

    public Agency.Kind[] getKinds() {
        return Agency.Kind.values();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String v) {
        code = v;
    }

    public String getNameKo() {
        return nameKo;
    }

    public void setNameKo(String v) {
        nameKo = v;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String v) {
        nameEn = v;
    }

    public Agency.Kind getKind() {
        return kind;
    }

    public void setKind(Agency.Kind v) {
        kind = v;
    }

    public Long getDepartmentAgencyId() {
        return departmentAgencyId;
    }

    public void setDepartmentAgencyId(Long v) {
        departmentAgencyId = v;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String v) {
        departmentCode = v;
    }

    public String getDepartmentNameKo() {
        return departmentNameKo;
    }

    public void setDepartmentNameKo(String v) {
        departmentNameKo = v;
    }

    public String getDepartmentNameEn() {
        return departmentNameEn;
    }

    public void setDepartmentNameEn(String v) {
        departmentNameEn = v;
    }
}
