package org.madang.voting.domain.belenios;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * An election made entirely with this library: trustees, credentials, ballots (with a revote),
 * tally, partial decryptions and result. Two questions: a plain 1-of-3 and a 1-to-2-of-4 with
 * blank vote, so that every kind of proof is exercised.
 */
final class FreshElection {
    static final long TIMESTAMP = 1_795_000_000L;

    final SecureRandom random = new SecureRandom();
    final List<TrusteeKeyPair> trustees = new ArrayList<>();
    final Trustees trusteeList;
    final List<String> printed = new ArrayList<>();
    final PublicCredentials credentials;
    final Election election;
    final ElectionContext ctx;
    final List<Ballot> ballots = new ArrayList<>();
    final long[][] expected = {new long[3], new long[5]};

    FreshElection(int voters, List<TrusteePublicKey> extraTrustees) {
        List<TrusteePublicKey> keys = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            TrusteeKeyPair k = TrusteeKeyPair.generate(random);
            trustees.add(k);
            keys.add(k.publicKey());
        }
        keys.addAll(extraTrustees);
        trusteeList = new Trustees(keys);
        String uuid = Uuids.generate(random);
        List<BigInteger> pub = new ArrayList<>();
        for (int i = 0; i < voters; i++) {
            String c = Credentials.generate(random);
            printed.add(c);
            pub.add(Credentials.publicCredential(c, uuid));
        }
        credentials = PublicCredentials.of(pub);
        election = Election.create(uuid, "주민투표 (test)", "Fresh \"election\"", List.of(
                Question.of("Who?", List.of("Alice", "Bob", "Carol"), 1, 1),
                new Question(List.of("Park", "Library", "Pool", "Market"), true, 1, 2, "Which projects?")),
                trusteeList, null, null);
        ctx = ElectionContext.of(election);
    }

    /** Voter i's ballot: a deterministic mix of choices, blank for every fourth voter. */
    int[][] plaintext(int i) {
        int[] q1 = new int[3];
        q1[i % 3] = 1;
        int[] q2 = new int[5];
        if (i % 4 == 3) {
            q2[0] = 1;
        } else {
            q2[1 + i % 4] = 1;
            if (i % 2 == 0) {
                q2[4] = 1;
            }
        }
        return new int[][] {q1, q2};
    }

    Ballot cast(int voter, int[][] plaintext) {
        Ballot b = new BallotBuilder(ctx, random).build(printed.get(voter), plaintext);
        ballots.add(b);
        return b;
    }

    /** Casts one ballot per voter, then a revote by voter 2, and records the expected result. */
    void castAll(ArchiveWriter w) {
        int[][][] last = new int[printed.size()][][];
        for (int i = 0; i < printed.size(); i++) {
            last[i] = plaintext(i);
            w.addBallot(cast(i, last[i]));
        }
        last[2] = new int[][] {{1, 0, 0}, {1, 0, 0, 0, 0}};
        w.addBallot(cast(2, last[2]));
        for (int[][] p : last) {
            for (int q = 0; q < 2; q++) {
                for (int j = 0; j < p[q].length; j++) {
                    expected[q][j] += p[q][j];
                }
            }
        }
    }

    ArchiveWriter start() {
        return ArchiveWriter.create(TIMESTAMP, election, trusteeList, credentials);
    }

    TallyResult tally() {
        return Tally.compute(election, ballots, credentials.weights(), TestWorkers.of(2));
    }

    List<List<Long>> expectedCounts() {
        List<List<Long>> out = new ArrayList<>();
        for (long[] row : expected) {
            List<Long> r = new ArrayList<>();
            for (long v : row) {
                r.add(v);
            }
            out.add(r);
        }
        return out;
    }
}
