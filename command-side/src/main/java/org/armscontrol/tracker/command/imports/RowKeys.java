package org.armscontrol.tracker.command.imports;

import org.armscontrol.tracker.command.idempotency.IdempotencyInterceptor;
import org.armscontrol.tracker.command.web.SendOptions;
import org.armscontrol.tracker.shared.value.Recorder;

import java.util.regex.Pattern;

/**
 * How the key of a row becomes the Idempotency-Key of its write, and whose key that is.
 *
 * @param prefix            put before the row key (keeps import keys apart from the keys clients send)
 * @param sharedByAllUsers  true: the fingerprint leaves out who sends the row, so that a colleague importing the
 *                          same file again writes nothing new; false: it names the user, as a client's key does
 */
record RowKeys(String prefix, boolean sharedByAllUsers) {

    /** Rows of {@code POST /api/imports}: {@code import:<key>}, the same for every user. */
    static final RowKeys IMPORT = new RowKeys("import:", true);
    /**
     * The demo data: {@code demo-<key>} fingerprinted with the user, as the demo loader wrote them before it went
     * through imports, so that databases loaded then get nothing new.
     */
    static final RowKeys DEMO = new RowKeys("demo-", false);

    /** A row key: visible ASCII without spaces, short enough that the Idempotency-Key stays within 255. */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");
    private static final String SHARED_OWNER = "import";

    static boolean isValidKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    String idempotencyKey(String rowKey) {
        return prefix + rowKey;
    }

    SendOptions options(Recorder recorder, boolean dryRun) {
        return new SendOptions(sharedByAllUsers ? SHARED_OWNER : recorder.username(), IdempotencyInterceptor.IMPORT,
                !dryRun);
    }
}
