package org.madang.privacy.application;

import org.junit.jupiter.api.Test;
import org.madang.platform.privacy.PersonalDataRead;
import org.madang.privacy.domain.AccessLogEntry;
import org.madang.privacy.domain.AccessLogHead;
import org.madang.privacy.domain.ChainRow;
import org.madang.tools.accesslogverify.VerifyAccessLog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The writer's export format against the standalone verifier: an untouched export is intact, and
 * every kind of tampering is reported at the first broken link. The writer and the verifier share
 * no code, so these tests are what holds the two to the same written format.
 */
class ChainExportVerifierTest {
    private static final Instant T = Instant.parse("2026-11-27T01:02:03.987654321Z");

    /** Seven entries, with Korean names, a character outside the BMP, a null department and a quote. */
    private static List<String> export() {
        AccessLogHead head = AccessLogHead.empty();
        List<ChainRow> rows = new ArrayList<>();
        String[] names = {"김감사", "Emily \"Em\" Carter", "최유진 😀", "", "한지민", "O'Brien", "정하늘"};
        for (int i = 0; i < names.length; i++) {
            Long dept = i % 3 == 0 ? null : (long) i;
            AccessLogEntry e = head.append(new PersonalDataRead(40 + i, String.valueOf(7 + i), names[i], "ADMIN",
                    dept, List.of("name", "email"), "purpose.admin.account", i % 2 == 0 ? null : "APP-" + i,
                    T.plusSeconds(i)));
            rows.add(new ChainRow(e.getSequence(), e.getOccurredAt(), e.getSubjectAccountId(), e.getActor(),
                    e.getActorName(), e.getActorRole(), e.getActorDepartmentId(), e.getFields(), e.getPurposeKey(),
                    e.getPurposeReference(), e.getPreviousHash(), e.getHash()));
        }
        StringWriter out = new StringWriter();
        ChainExport export = new ChainExport(out);
        export.header(head, T.plusSeconds(60));
        rows.forEach(export::entry);
        return new ArrayList<>(out.toString().lines().toList());
    }

    private record Outcome(int status, String out, String err) {
    }

    private static Outcome verify(List<String> lines) throws IOException {
        Path file = Files.createTempFile("access-log", ".jsonl");
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = VerifyAccessLog.run(new String[]{file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void anUntouchedExportIsIntact() throws IOException {
        List<String> lines = export();
        assertThat(lines).hasSize(8);
        assertThat(lines.get(0)).contains("\"format\":\"madang-access-log-chain\"", "\"headSequence\":7");

        Outcome o = verify(lines);

        assertThat(o.status()).as(o.err()).isEqualTo(VerifyAccessLog.INTACT);
        assertThat(o.out()).startsWith("INTACT: 7 entries checked");
    }

    @Test
    void anEditedEntryIsNamedAsTheFirstBrokenLink() throws IOException {
        List<String> lines = export();
        lines.set(3, lines.get(3).replace("최유진 😀", "최유진"));

        Outcome o = verify(lines);

        assertThat(o.status()).isEqualTo(VerifyAccessLog.BROKEN);
        assertThat(o.out()).startsWith("BROKEN at entry 3 (line 4)").contains("content does not match its hash")
                .contains("The 2 entries before it are intact");
    }

    @Test
    void anEntryEditedAndReHashedBreaksTheLinkOfTheNextOne() throws IOException {
        List<String> lines = export();
        // a careful forger recomputes the edited entry's own hash, but cannot fix every later link
        String edited = lines.get(5).replace("\"purposeKey\":\"purpose.admin.account\"", "\"purposeKey\":\"purpose.x\"");
        lines.set(5, forgeHash(edited));

        Outcome o = verify(lines);

        assertThat(o.status()).isEqualTo(VerifyAccessLog.BROKEN);
        assertThat(o.out()).startsWith("BROKEN at entry 6 (line 7)").contains("link to the previous entry");
    }

    @Test
    void aRemovedEntryIsNamed() throws IOException {
        List<String> lines = export();
        lines.remove(5); // entry 5

        Outcome o = verify(lines);

        assertThat(o.status()).isEqualTo(VerifyAccessLog.BROKEN);
        assertThat(o.out()).startsWith("BROKEN at entry 5 (line 6): entry 5 is missing");
    }

    @Test
    void aCutOffTailIsFoundThroughTheHeader() throws IOException {
        List<String> lines = export();
        lines.remove(lines.size() - 1);

        Outcome o = verify(lines);

        assertThat(o.status()).isEqualTo(VerifyAccessLog.BROKEN);
        assertThat(o.out()).startsWith("BROKEN at entry 7").contains("ends before entry 7");
    }

    @Test
    void somethingThatIsNoExportIsUnreadableNotIntact() throws IOException {
        assertThat(verify(List.of("{\"format\":\"other\"}")).status()).isEqualTo(VerifyAccessLog.UNREADABLE);
        List<String> lines = export();
        lines.set(2, lines.get(2).substring(0, 20));
        Outcome o = verify(lines);
        assertThat(o.status()).isEqualTo(VerifyAccessLog.UNREADABLE);
        assertThat(o.err()).contains("line 3");
        assertThat(VerifyAccessLog.run(new String[0], System.out, new PrintStream(new ByteArrayOutputStream())))
                .isEqualTo(VerifyAccessLog.UNREADABLE);
    }

    /** Recomputes one export line's hash from its own previousHash, the way the writer would. */
    private static String forgeHash(String line) {
        String previous = field(line, "previousHash");
        String canonical = org.madang.platform.integrity.HashChain.canonical(List.of(
                number(line, "sequence"), field(line, "occurredAt"), number(line, "subjectAccountId"),
                field(line, "actor"), field(line, "actorName"), field(line, "actorRole"),
                line.contains("\"actorDepartmentId\":null") ? "" : number(line, "actorDepartmentId"),
                field(line, "fields"), field(line, "purposeKey"),
                line.contains("\"purposeReference\":null") ? "" : field(line, "purposeReference")));
        String hash = org.madang.platform.integrity.HashChain.link(previous, canonical);
        return line.replace(field(line, "hash"), hash);
    }

    private static String field(String line, String name) {
        int i = line.indexOf("\"" + name + "\":\"") + name.length() + 4;
        return line.substring(i, line.indexOf('"', i));
    }

    private static String number(String line, String name) {
        int i = line.indexOf("\"" + name + "\":") + name.length() + 3;
        int j = i;
        while (Character.isDigit(line.charAt(j))) {
            j++;
        }
        return line.substring(i, j);
    }
}
