package org.armscontrol.tracker.command.imports;

import org.armscontrol.tracker.platform.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.Set;

/**
 * Whose import reports a user may read: auditors and admins every one, a clerk (DATA_ENTRY) only those of the imports
 * they started. Another's import is answered as unknown (404), so that its id tells nothing.
 */
final class ImportReaders {

    private static final Set<String> READ_EVERY_IMPORT = Set.of("ROLE_" + Role.AUDITOR.name(),
            "ROLE_" + Role.ADMIN.name());

    private ImportReaders() {
    }

    static boolean readsEveryImport(Authentication user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(READ_EVERY_IMPORT::contains);
    }

    static boolean mayRead(Authentication user, ImportReport report) {
        return readsEveryImport(user) || user.getName().equals(report.startedBy());
    }
}
