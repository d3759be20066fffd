package org.armscontrol.tracker.command.web;

import org.armscontrol.tracker.command.idempotency.IdempotencyInterceptor;

/**
 * How {@link CommandSender} sends a command.
 *
 * @param keyOwner        who owns the Idempotency-Key, part of the request's fingerprint: the signed-in user for a
 *                        client's own key (another user reusing it is refused), a name shared by every user for keys
 *                        derived from data (the rows of an import: whoever sends the file again writes nothing new)
 * @param keyScope        the key's namespace ({@code IdempotencyInterceptor.CLIENT} or {@code IMPORT}): a client's
 *                        key never takes an import row's, whatever its text
 * @param retryOnConflict whether a command that lost a concurrent append is retried; retries run on another
 *                        thread, outside any transaction the caller holds, so a dry run must not retry
 */
public record SendOptions(String keyOwner, String keyScope, boolean retryOnConflict) {

    /** The options of a client's write: the key is the user's own, conflicts are retried. */
    public static SendOptions of(WriteRequest request) {
        return new SendOptions(request.recordedBy().username(), IdempotencyInterceptor.CLIENT, true);
    }
}
