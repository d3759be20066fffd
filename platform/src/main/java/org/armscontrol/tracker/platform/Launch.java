package org.armscontrol.tracker.platform;

/** What every tracker application does before Spring starts. */
public final class Launch {

    private Launch() {
    }

    /**
     * Keeps the startup output to what a user needs: Axon prints an advertisement for its hosted console unless
     * this system property is set (an explicit setting by the user wins).
     */
    public static void prepare() {
        if (System.getProperty("disable-axoniq-console-message") == null) {
            System.setProperty("disable-axoniq-console-message", "true");
        }
    }
}
