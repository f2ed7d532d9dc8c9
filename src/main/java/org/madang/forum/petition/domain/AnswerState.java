package org.madang.forum.petition.domain;

/**
 * The agency's obligation at a given time: none yet (threshold not reached), an answer due by the
 * deadline, overdue, or answered (an agency may also answer a petition that never reached it).
 */
public enum AnswerState {
    NOT_DUE, DUE, OVERDUE, ANSWERED;

    public String labelKey() {
        return "petition.answer.state." + name();
    }
}
