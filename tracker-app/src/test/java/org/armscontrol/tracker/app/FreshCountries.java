package org.armscontrol.tracker.app;

import org.armscontrol.tracker.shared.value.CountryCode;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Countries no other test of this JVM has written to, for tests that share an application (and its database)
 * through Spring's context cache. Counted from the end of the list, so as not to meet the countries tests name
 * themselves (BLR, LTU, ...), which come from its start.
 */
public final class FreshCountries {

    private static final List<CountryCode> COUNTRIES = CountryCode.all().toList();
    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private FreshCountries() {
    }

    public static String next() {
        return COUNTRIES.get(COUNTRIES.size() - NEXT.getAndIncrement()).value();
    }
}
