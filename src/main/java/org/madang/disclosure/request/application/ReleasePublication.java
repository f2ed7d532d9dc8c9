package org.madang.disclosure.request.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.madang.disclosure.application.ReleasePublishing;
import org.madang.disclosure.application.Upload;
import org.madang.disclosure.infrastructure.PublicationFileIntake;
import org.madang.disclosure.request.domain.DisclosureRequest;
import org.madang.disclosure.request.domain.NonDisclosureGround;
import org.madang.disclosure.request.domain.Release;

import java.util.List;

/**
 * Publishes a released file into /open/ as a publication linked to its request, with the withheld
 * parts named by their grounds: at the release, or when the fee a release waited for is paid (then
 * the file kept while it waited is published and forgotten). Called only by the officers' services
 * (Releasing, DisclosureQueue), never by a page.
 */
@ApplicationScoped
public class ReleasePublication {
    @Inject
    ReleasePublishing publishing;
    @Inject
    PublicationFileIntake files;

    long publish(DisclosureRequest r, Upload file, List<NonDisclosureGround> grounds) {
        String number = r.getNumberText();
        String subject = r.getDetails().isSubjectPrivate() ? "" : ": " + r.getDetails().getSubject();
        String withheldKo = grounds.isEmpty() ? "" : " 비공개 부분: " + String.join(", ",
                grounds.stream().map(g -> "[비공개: 제" + g.number() + "호]").toList()) + ".";
        String withheldEn = grounds.isEmpty() ? "" : " Withheld: " + String.join(", ",
                grounds.stream().map(g -> "[withheld: ground " + g.number() + "]").toList()) + ".";
        ReleasePublishing.Released p = publishing.publishReleased(new ReleasePublishing.ReleasedFile(number,
                r.getDepartmentId(), cut("정보공개 청구 " + number + " 공개 파일" + subject),
                cut("Released under disclosure request " + number + subject),
                "정보공개 청구 " + number + "에 따라 공개한 파일입니다." + withheldKo,
                "A file released under disclosure request " + number + "." + withheldEn,
                "공공기관의 정보공개에 관한 법률 제13조", file));
        return p.publicationId();
    }

    /** The file that waited for the fee, published now; returns the publication made. */
    long publishWaiting(DisclosureRequest r) {
        Release.PrivateFile kept = r.getRelease().getPrivateFile().orElseThrow();
        long id = publish(r, new Upload(kept.fileName(), files.read(kept.storageKey())),
                r.getRelease().getWithheldGrounds());
        files.forget(kept.storageKey());
        return id;
    }

    private static String cut(String title) {
        return title.length() > 300 ? title.substring(0, 299) + "…" : title;
    }
}
