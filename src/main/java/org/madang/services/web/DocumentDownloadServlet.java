package org.madang.services.web;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.madang.platform.error.InvalidInput;
import org.madang.platform.error.NotFound;
import org.madang.services.application.CertificateIssuance;
import org.madang.services.application.DocumentFile;

import java.io.IOException;

/**
 * Streams an issued PDF. {@code /my/documents/download?n=…} gives the signed-in holder their own
 * document; {@code /office/documents/download?n=…} gives an officer of the issuing department a
 * copy, which the personal-data access log records. Both folders are closed to anonymous callers
 * by web.xml, and the service checks the caller again: the holder is matched inside the query that
 * reads the file, so the downloader must be the holder.
 */
@WebServlet(urlPatterns = {DocumentDownloadServlet.HOLDER_PATH, DocumentDownloadServlet.OFFICE_PATH})
public class DocumentDownloadServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    public static final String HOLDER_PATH = "/my/documents/download";
    public static final String OFFICE_PATH = "/office/documents/download";

    @Inject
    transient CertificateIssuance issuance;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String number = request.getParameter("n");
        if (number == null || number.isBlank()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        DocumentFile file;
        try {
            file = OFFICE_PATH.equals(request.getServletPath()) ? issuance.departmentCopy(number)
                    : issuance.download(number);
        } catch (NotFound | InvalidInput notYours) {
            // the same answer whether the number does not exist or is someone else's
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] content = file.content();
        response.setContentType(DocumentFile.MEDIA_TYPE);
        response.setContentLength(content.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
        // a personal document: never kept by a shared cache or the browser's back-forward cache
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(content);
    }
}
