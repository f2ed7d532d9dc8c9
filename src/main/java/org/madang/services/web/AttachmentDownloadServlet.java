package org.madang.services.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.madang.platform.error.BusinessException;
import org.madang.services.application.ApplicationViews.AttachmentFile;
import org.madang.services.application.Applying;
import org.madang.services.application.CaseHandling;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Streams an application's attachment: {@code /my/attachments/download?number=…&id=…} to the
 * applicant, {@code /office/attachments/download?…} to an officer of the case's department (the
 * read is logged). The files live outside the web root; this is the only way to them, web.xml
 * closes both folders to anonymous callers, and the services check the caller against the case.
 */
@WebServlet(urlPatterns = {AttachmentDownloadServlet.OWNER_PATH, AttachmentDownloadServlet.OFFICE_PATH})
public class AttachmentDownloadServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    public static final String OWNER_PATH = "/my/attachments/download";
    public static final String OFFICE_PATH = "/office/attachments/download";

    @Inject
    transient Applying applying;
    @Inject
    transient CaseHandling cases;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String number = request.getParameter("number");
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException | NullPointerException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (number == null || number.isBlank()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        AttachmentFile file;
        try {
            file = OFFICE_PATH.equals(request.getServletPath()) ? cases.attachment(number, id)
                    : applying.myAttachment(number, id);
        } catch (BusinessException | EJBAccessException notYours) {
            // the same answer whether the file does not exist, is someone else's or another department's
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = file.content();
        response.setContentType(file.mediaType());
        response.setContentLength(content.length);
        String ascii = file.fileName().replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        // personal documents: not kept by shared caches, never sniffed into something executable
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(content);
    }
}
