package org.armscontrol.tracker.shared.catalogue;

/** Small numbers in words, as treaty texts write them ("the sixth month", "six months"). */
final class Numbers {

    private static final String[] CARDINALS = {"zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve"};
    private static final String[] ORDINALS = {"zeroth", "first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"};

    private Numbers() {
    }

    /** "six months", "90 days", "one year": words up to twelve, digits beyond. */
    static String count(int amount, String unit) {
        String number = amount < CARDINALS.length ? CARDINALS[amount] : Integer.toString(amount);
        return number + " " + unit + (amount == 1 ? "" : "s");
    }

    static String ordinal(int n) {
        return n < ORDINALS.length ? ORDINALS[n] : n + "th";
    }
}
