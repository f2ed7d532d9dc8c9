package org.madang.privacy.application;

import org.madang.platform.error.Forbidden;

import java.util.List;

/**
 * A port: each context that holds personal data implements it, so that "download my data" shows
 * everything the portal holds about a person without privacy ever calling another context. The
 * privacy context collects every implementation with CDI {@code Instance<>}.
 *
 * <p>Rules for implementations: called only for the signed-in owner of {@code accountId} (refuse
 * anyone else); return what the context holds about that person in full, one
 * {@link ExportSection} per kind of record; participation may be listed (an election taken part
 * in, a petition supported), <b>never the content of a vote</b>.
 */
public interface PersonalDataExporter {
    List<ExportSection> export(long accountId);

    /** The rule above, in one place: only the holder themself may have their data exported. */
    static void requireHolder(long caller, long accountId) {
        if (caller != accountId) {
            throw new Forbidden("privacy.accessLog.notYours");
        }
    }
}
