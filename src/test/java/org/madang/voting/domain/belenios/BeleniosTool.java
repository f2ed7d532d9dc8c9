package org.madang.voting.domain.belenios;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the independent verifier, belenios-tool 2.0, in a given directory. */
final class BeleniosTool {
    static final Path EXE = Path.of("/usr/bin/belenios-tool");

    /** Exit code and combined output of one run. */
    record Run(int exitCode, String stdout, String stderr) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    private BeleniosTool() {
    }

    /** Fails, rather than skips, without the tool: ./test.sh installs it, so its absence is a broken set-up. */
    static void requireInstalled() {
        if (!Files.isExecutable(EXE)) {
            throw new AssertionError(EXE + " is missing: run the tests with ./test.sh, which installs belenios-tool");
        }
    }

    static Run run(Path dir, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(EXE.toString());
        cmd.addAll(List.of(args));
        try {
            Path out = Files.createTempFile("belenios-out", ".txt");
            Path err = Files.createTempFile("belenios-err", ".txt");
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.from(
                    Path.of("/dev/null").toFile())).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("belenios-tool timed out: " + cmd);
            }
            Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return r;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code election verify} in a fresh directory that holds only this archive. */
    static Run verify(Path tmp, String uuid, byte[] bel) throws IOException {
        Path dir = Files.createTempDirectory(tmp, "verify");
        Files.write(dir.resolve(uuid + ".bel"), bel);
        return run(dir, "election", "verify", "--dir", dir.toString());
    }
}
