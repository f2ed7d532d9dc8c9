package org.madang.platform.security;

import java.util.List;

/** The one declaration of the portal's roles; web.xml repeats the names (RolesDeclarationTest keeps them equal). */
public final class Roles {
    public static final String CITIZEN = "CITIZEN";
    public static final String BUSINESS_REPRESENTATIVE = "BUSINESS_REPRESENTATIVE";
    public static final String OFFICER = "OFFICER";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String ELECTION_ADMIN = "ELECTION_ADMIN";
    public static final String ADMIN = "ADMIN";
    public static final String AUDITOR = "AUDITOR";
    /** Answers citizens' questions about reads of their data by the officer's own agency (개인정보 보호책임자). */
    public static final String PRIVACY_OFFICER = "PRIVACY_OFFICER";
    /** Publishes information for the officer's own department (사전정보공표 담당자), at /office/open/. */
    public static final String PUBLISHER = "PUBLISHER";
    /**
     * Moderates the forum and petitions of the officer's own agency (the moderators' queue at
     * /office/forum/moderation.xhtml): an officer given the right, like PUBLISHER.
     */
    public static final String MODERATOR = "MODERATOR";
    /** Runs the portal: reads its operations metrics (/operations/metrics). Sees no citizen's data. */
    public static final String OPERATOR = "OPERATOR";

    public static final List<String> ALL = List.of(CITIZEN, BUSINESS_REPRESENTATIVE, OFFICER, SUPERVISOR,
            ELECTION_ADMIN, ADMIN, AUDITOR, PRIVACY_OFFICER, PUBLISHER, MODERATOR, OPERATOR);

    private Roles() {
    }
}
