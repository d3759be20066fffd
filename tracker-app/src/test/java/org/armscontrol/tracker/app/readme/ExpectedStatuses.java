package org.armscontrol.tracker.app.readme;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the README says a command answers: the HTTP statuses named in its comments (the comment lines just above it
 * and the comments at the end of its lines: {@code # 401, five times}, {@code (201)}). A command whose comments name
 * no status is expected to succeed (2xx or 3xx).
 */
final class ExpectedStatuses {

    private static final Set<Integer> HTTP_STATUSES = Set.of(200, 201, 202, 204, 301, 302, 303, 304, 400, 401, 403,
            404, 405, 406, 409, 410, 412, 413, 415, 422, 428, 429, 500, 502, 503);
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.:/\\-–])\\d{3}(?![\\d.:/\\-–])");

    private ExpectedStatuses() {
    }

    /** @param lines the README; @param commandLine the 1-based line the command starts on */
    static Set<Integer> of(List<String> lines, int commandLine) {
        Set<Integer> statuses = new TreeSet<>();
        for (String comment : comments(lines, commandLine)) {
            Matcher number = NUMBER.matcher(comment);
            while (number.find()) {
                int status = Integer.parseInt(number.group());
                if (HTTP_STATUSES.contains(status)) {
                    statuses.add(status);
                }
            }
        }
        return statuses;
    }

    static boolean acceptable(Set<Integer> expected, int status) {
        return expected.isEmpty() ? status >= 200 && status < 400 : expected.contains(status);
    }

    private static List<String> comments(List<String> lines, int commandLine) {
        List<String> comments = new ArrayList<>();
        for (int i = commandLine - 2; i >= 0 && lines.get(i).stripLeading().startsWith("#"); i--) {
            comments.add(lines.get(i));
        }
        // The command's own lines, through its continuations and quoted line breaks.
        boolean inSingle = false;
        boolean inDouble = false;
        for (int i = commandLine - 1; i < lines.size(); i++) {
            String line = lines.get(i);
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if (ch == '\'' && !inDouble) {
                    inSingle = !inSingle;
                } else if (ch == '"' && !inSingle) {
                    inDouble = !inDouble;
                } else if (ch == '#' && !inSingle && !inDouble && (c == 0 || Character.isWhitespace(line.charAt(c - 1)))) {
                    comments.add(line.substring(c));
                    break;
                }
            }
            if (!inSingle && !inDouble && !line.stripTrailing().endsWith("\\") && !line.stripTrailing().endsWith("|")) {
                break;
            }
        }
        return comments;
    }
}
