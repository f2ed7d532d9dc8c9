package org.madang.disclosure.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.madang.disclosure.application.PublicationForm;
import org.madang.disclosure.application.Publishing;
import org.madang.disclosure.application.Upload;
import org.madang.disclosure.domain.Licence;
import org.madang.disclosure.domain.PublicationCategory;
import org.madang.disclosure.domain.PublicationType;
import org.madang.platform.faces.Redirects;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** /office/open/new.xhtml: metadata and file; saved as a draft, then previewed before publishing. */
@Named
@ViewScoped
public class PublishFormView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Publishing publishing;

    private PublicationType type = PublicationType.DOCUMENT;
    private PublicationCategory category = PublicationCategory.REPORT;
    private String titleKo;
    private String titleEn;
    private String summaryKo;
    private String summaryEn;
    private String legalBasis;
    private String keywords;
    private Licence licence = Licence.KOGL_1;
    private transient Part file;

    public void save() throws IOException {
        Upload upload = Uploads.read(file, "file", publishing.maxFileBytes());
        if (upload == null) {
            return;
        }
        long id = publishing.draft(new PublicationForm(type, category, titleKo, titleEn, summaryKo, summaryEn,
                legalBasis, keywords, licence), upload);
        Redirects.to("/office/open/publication.xhtml?id=" + id, "open.office.drafted");
    }

    public List<PublicationType> getTypes() {
        return List.of(PublicationType.values());
    }

    public List<PublicationCategory> getCategories() {
        return List.of(PublicationCategory.values());
    }

    public List<Licence> getLicences() {
        return List.of(Licence.values());
    }

    public PublicationType getType() {
        return type;
    }

    public void setType(PublicationType type) {
        this.type = type;
    }

    public PublicationCategory getCategory() {
        return category;
    }

    public void setCategory(PublicationCategory category) {
        this.category = category;
    }

    public String getTitleKo() {
        return titleKo;
    }

    public void setTitleKo(String titleKo) {
        this.titleKo = titleKo;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getSummaryKo() {
        return summaryKo;
    }

    public void setSummaryKo(String summaryKo) {
        this.summaryKo = summaryKo;
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    public void setSummaryEn(String summaryEn) {
        this.summaryEn = summaryEn;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public Licence getLicence() {
        return licence;
    }

    public void setLicence(Licence licence) {
        this.licence = licence;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
