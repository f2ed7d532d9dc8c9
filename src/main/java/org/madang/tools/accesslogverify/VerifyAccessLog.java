package org.madang.tools.accesslogverify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The standalone verifier of an exported personal-data access log:
 * <pre>java -cp target/classes org.madang.tools.accesslogverify.VerifyAccessLog access-log.jsonl</pre>
 * ("-" reads standard input). It shares no code with the portal that wrote the chain (this package
 * uses the JDK only, which ArchitectureTest holds), so a fault in the writer cannot hide itself in
 * the check. Exit status: 0 intact, 1 broken (the first broken link is named), 2 unreadable.
 */
public final class VerifyAccessLog {
    public static final int INTACT = 0;
    public static final int BROKEN = 1;
    public static final int UNREADABLE = 2;

    private VerifyAccessLog() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The whole program, minus System.exit: prints its verdict and returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("usage: java -cp target/classes " + VerifyAccessLog.class.getName() + " <export.jsonl | ->");
            return UNREADABLE;
        }
        try (Reader r = "-".equals(args[0]) ? new InputStreamReader(System.in, StandardCharsets.UTF_8)
                : Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            ChainCheck.Result result = check(new BufferedReader(r));
            if (result.intact()) {
                out.println("INTACT: " + result.checked() + " entries checked; the chain ends at entry "
                        + result.checked() + " with hash " + result.lastHash());
                return INTACT;
            }
            out.println("BROKEN at entry " + result.brokenSequence() + " (line " + result.line() + "): "
                    + result.problem() + ". The " + result.checked() + " entries before it are intact.");
            return BROKEN;
        } catch (IOException | IllegalArgumentException e) {
            err.println("UNREADABLE: " + e.getMessage());
            return UNREADABLE;
        }
    }

    static ChainCheck.Result check(BufferedReader in) throws IOException {
        ChainCheck check = new ChainCheck();
        String header = in.readLine();
        if (header == null) {
            throw new IllegalArgumentException("the file is empty");
        }
        check.header(strip(header));
        int lineNumber = 1;
        String line;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                if (!check.entry(strip(line), lineNumber)) {
                    break;
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
        return check.finish(lineNumber);
    }

    /** A byte-order mark or a trailing carriage return is no part of the JSON. */
    private static String strip(String line) {
        String s = line.startsWith("\uFEFF") ? line.substring(1) : line;
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
}
