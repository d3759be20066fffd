package org.armscontrol.tracker.platform.web;

/**
 * Text cells made safe to open in a spreadsheet (CSV injection): a cell starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return would be taken for a formula by Excel, LibreOffice or Google
 * Sheets, so it is written with a leading apostrophe, which they show as text and do not evaluate. The stored text
 * is unchanged; only the exported cell differs (the JSON answer carries the exact text). Every CSV the tracker
 * writes uses it: the history, participants and comparison exports, the audit log, and the rows an import did not write.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
