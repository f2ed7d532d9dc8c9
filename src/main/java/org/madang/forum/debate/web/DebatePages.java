package org.madang.forum.debate.web;

/** Addresses of the debate pages. */
final class DebatePages {
    static final String DEBATE = "/forum/debate.xhtml?id=";
    static final String THREAD = "/forum/thread.xhtml?id=";

    private DebatePages() {
    }
}
