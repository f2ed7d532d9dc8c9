package org.madang.knowledge.domain;

/** The officer acting or reading, as identity knows them: their department, agency and whether they supervise it. */
public record KnowledgeOfficer(long accountId, String name, long departmentId, String agencyCode, boolean supervisor) {
}
