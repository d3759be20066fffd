package org.armscontrol.tracker.platform.web;

/** How to sign in, for the startup report (e.g. the embedded demo's users). */
@FunctionalInterface
public interface SignInHint {

    String text();
}
