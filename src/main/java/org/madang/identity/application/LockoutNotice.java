package org.madang.identity.application;

import org.madang.identity.domain.Account;
import org.madang.platform.notification.Notice;

import java.util.List;

/** The message an account holder gets (inbox and e-mail) when their account is locked. */
final class LockoutNotice {
    static final String CATEGORY = "security";

    private LockoutNotice() {
    }

    static Notice of(Account a) {
        return new Notice(a.getId(), "identity.notice.locked.subject", "identity.notice.locked.body",
                List.of(String.valueOf(Account.LOCK_DURATION.toMinutes())), "/my/password.xhtml", CATEGORY);
    }
}
