package org.madang.notification.application;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/**
 * Tells a mail server that is down or unreachable (nothing is wrong with the mail: it waits) from a
 * mail the server refused (an attempt used up). Judged by the network exception under the mail
 * API's, so that it holds for any Jakarta Mail implementation.
 */
final class MailFailures {
    private MailFailures() {
    }

    static boolean serverUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof UnknownHostException || t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
