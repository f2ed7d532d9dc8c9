package org.madang.knowledge.domain;

/** What an article is: the kinds of the government's standard knowledge system (정부지식행정시스템). */
public enum ArticleKind {
    /** 업무편람: how a service is handled. */
    MANUAL,
    /** 질의회신: a question and the official answer, with its date and authority. */
    RULING,
    /** 처리 사례: a decided case, anonymised. */
    PRECEDENT,
    /** 법령 해설: a statute article with a link to its official text. */
    LEGAL_REFERENCE,
    /** 정책 자료. */
    POLICY_NOTE;

    public String labelKey() {
        return "knowledge.kind." + name();
    }
}
