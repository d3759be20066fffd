package org.armscontrol.tracker.app.readme;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's shell examples that talk to the running tracker ({@code localhost:8080}), in the README's order, as one
 * script. A block is left out when the line before its fence says {@code <!-- not run by ReadmeExamplesIT: why -->}
 * (it needs Docker, another instance, or would lock a demo user out); blocks that do not call {@code localhost:8080}
 * (build, Docker, psql, benchmark commands) are not examples of the API and are left out too.
 */
record ReadmeShellExamples(List<Block> blocks) {

    static final String SKIP_MARKER = "<!-- not run by ReadmeExamplesIT";
    private static final Pattern FENCE = Pattern.compile("^```(\\w*)\\s*$");

    /** One fenced block: its first line's number in the README (1-based) and its lines. */
    record Block(int firstLine, List<String> lines) {
    }

    static ReadmeShellExamples parse(String readme) {
        List<String> lines = readme.lines().toList();
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher fence = FENCE.matcher(lines.get(i));
            if (!fence.matches() || fence.group(1).isEmpty()) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).startsWith("```")) {
                end++;
            }
            List<String> body = lines.subList(i + 1, end);
            boolean shell = fence.group(1).equals("sh") || fence.group(1).equals("bash");
            boolean skipped = i > 0 && lines.get(i - 1).startsWith(SKIP_MARKER);
            if (shell && !skipped && body.stream().anyMatch(l -> l.contains("localhost:8080"))) {
                blocks.add(new Block(i + 2, List.copyOf(body)));
            }
            i = end;
        }
        return new ReadmeShellExamples(List.copyOf(blocks));
    }

    /** The README line a line of {@link #script} came from, or 0 for the script's own lines. */
    int readmeLine(int scriptLine, int preludeLines) {
        int line = preludeLines;
        for (Block block : blocks) {
            if (scriptLine <= line + block.lines().size()) {
                return scriptLine > line ? block.firstLine() + scriptLine - line - 1 : 0;
            }
            line += block.lines().size();
        }
        return 0;
    }

    /** The blocks one after the other, each line as written but for the port, after the given prelude lines. */
    String script(List<String> prelude, int port) {
        StringBuilder script = new StringBuilder();
        prelude.forEach(l -> script.append(l).append('\n'));
        for (Block block : blocks) {
            block.lines().forEach(l -> script.append(l.replace("localhost:8080", "localhost:" + port)).append('\n'));
        }
        return script.toString();
    }
}
