package org.armscontrol.tracker.platform.security;

import java.util.List;

/** Users that a configuration adds to those of {@code tracker.security.users} (the embedded demo's). */
@FunctionalInterface
public interface TrackerUsers {

    List<TrackerSecurityProperties.User> users();
}
