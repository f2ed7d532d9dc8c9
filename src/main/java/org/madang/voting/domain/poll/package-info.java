/**
 * Opinion polls and participatory budgets: not secret ballots like the Belenios elections, but
 * tamper-evident and with who-took-part kept apart from what-was-chosen.
 *
 * <h2>What is stored</h2>
 * <ul>
 *   <li>{@code poll_participation (poll, account)}: the primary key is the "once per resident" rule.
 *       No choice, no receipt, no time.</li>
 *   <li>{@code poll_ballot (random uuid, poll, choices)}: no account, no time, no serial id.</li>
 *   <li>{@code poll_receipt (poll, sequence, code, choice digest, previous hash, hash)}: the public,
 *       hash-chained receipt list ({@link org.madang.voting.domain.poll.ReceiptChain}). The poll row
 *       keeps the chain head and count, so removing entries from the end is detected too.</li>
 * </ul>
 * The participant is given the receipt code, the choice digest and a random digest key once; the
 * portal keeps neither the key nor which receipt is whose. The digest includes the key, so the
 * public list does not reveal choices (a bare hash of a few possible answers could be reversed).
 *
 * <h2>What the separation does not hide</h2>
 * The three rows are written in one transaction, so a database superuser could pair them through
 * PostgreSQL's system columns ({@code xmin}) or the write-ahead log; the audit trail records who
 * took part and when, in the same order as the receipt sequence, so an auditor can tell which
 * receipt code belongs to whom — but not the choice, which the digest key hides. The separation
 * protects choices against the application, its exports ("download my data" lists participation
 * only) and its operators' ordinary queries; it is no substitute for a secret ballot.
 *
 * <h2>Results</h2>
 * Counted from the ballots only at closing (by the administrator or by the minute timer once the
 * closing time has passed); options carry no count before. Budgets fund "greedy by votes", see
 * {@link org.madang.voting.domain.poll.ParticipatoryBudget}.
 */
package org.madang.voting.domain.poll;
