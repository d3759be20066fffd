package org.armscontrol.tracker.testsupport;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The users of the tests, each with its name as password: data-entry staff ({@code alice}, {@code bob},
 * {@code carol}, {@code dave}, {@code entry}, {@code writer-0} to {@code writer-19}) and one user per other role
 * ({@code analyst}, {@code auditor}, {@code admin}). Their bcrypt hashes use the lowest cost, so that thousands of
 * signed-in test requests stay fast; real configurations use cost 10 or more.
 */
public final class TestUsers {

    public static final String PASSWORD_IS_THE_NAME = "the user name";

    private static final BCryptPasswordEncoder CHEAP_BCRYPT = new BCryptPasswordEncoder(4);
    private static final Map<String, String> ROLES = roles();

    private TestUsers() {
    }

    /** The configuration properties that create the users ({@code tracker.security.users[i].*}). */
    public static List<String> properties() {
        List<String> properties = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> user : ROLES.entrySet()) {
            String prefix = "tracker.security.users[" + i++ + "].";
            properties.add(prefix + "username=" + user.getKey());
            properties.add(prefix + "password=" + CHEAP_BCRYPT.encode(user.getKey()));
            properties.add(prefix + "roles=" + user.getValue());
        }
        return properties;
    }

    /** The same as command-line arguments, for applications started with SpringApplicationBuilder. */
    public static String[] arguments() {
        return properties().stream().map(property -> "--" + property).toArray(String[]::new);
    }

    private static Map<String, String> roles() {
        Map<String, String> roles = new LinkedHashMap<>();
        for (String name : List.of("alice", "bob", "carol", "dave", "entry")) {
            roles.put(name, "DATA_ENTRY");
        }
        IntStream.range(0, 20).forEach(writer -> roles.put("writer-" + writer, "DATA_ENTRY"));
        roles.put("analyst", "ANALYST");
        roles.put("auditor", "AUDITOR");
        roles.put("admin", "ADMIN");
        return roles;
    }
}
