/**
 * A Belenios 2.0-compatible cryptographic core, in plain Java (BigInteger, SHA-256, PBKDF2).
 *
 * <p>Everything an election's public record needs, so that {@code belenios-tool election verify}
 * accepts what the portal publishes and the portal accepts what belenios-tool makes:
 * <ul>
 *   <li>the group BELENIOS-2048 ({@link org.madang.voting.domain.belenios.Group}) with fixed-base
 *       tables for g and the election key ({@link org.madang.voting.domain.belenios.FixedBaseTable}) and,
 *       for ballot checks, exponentiations that share one base's squarings
 *       ({@link org.madang.voting.domain.belenios.SharedBase}), both on the JDK's Montgomery kernels
 *       ({@link org.madang.voting.domain.belenios.Montgomery});</li>
 *   <li>canonical JSON, byte for byte as belenios-tool writes it: every model type parses only its
 *       compact form in Belenios' field order and writes exactly that form
 *       ({@link org.madang.voting.domain.belenios.Election}, {@link org.madang.voting.domain.belenios.Trustees},
 *       {@link org.madang.voting.domain.belenios.PublicCredentials}, {@link org.madang.voting.domain.belenios.Ballot},
 *       {@link org.madang.voting.domain.belenios.EncryptedTally},
 *       {@link org.madang.voting.domain.belenios.PartialDecryption},
 *       {@link org.madang.voting.domain.belenios.ElectionResult});</li>
 *   <li>creation: trustee keys ({@link org.madang.voting.domain.belenios.TrusteeKeyPair}), credentials
 *       ({@link org.madang.voting.domain.belenios.Credentials}), ballots
 *       ({@link org.madang.voting.domain.belenios.BallotBuilder}), tally
 *       ({@link org.madang.voting.domain.belenios.Tally}), partial decryptions and result;</li>
 *   <li>verification: ballots at casting ({@link org.madang.voting.domain.belenios.BallotVerifier}) and
 *       whole archives ({@link org.madang.voting.domain.belenios.ArchiveVerifier}), which also checks the
 *       stored encrypted tally and counts that belenios-tool 2.0 does not;</li>
 *   <li>the {@code .bel} archive: reading ({@link org.madang.voting.domain.belenios.Archive}) and writing
 *       snapshot by snapshot ({@link org.madang.voting.domain.belenios.ArchiveWriter}).</li>
 * </ul>
 * Not supported (refused with {@link org.madang.voting.domain.belenios.FailureCode#UNSUPPORTED}): threshold
 * trustees, non-homomorphic questions and mixnets, other groups, non-integer weights. Secret-key
 * operations are not constant-time: run them on the trustee's or voter's device where possible.
 */
package org.madang.voting.domain.belenios;
