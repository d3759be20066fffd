package org.armscontrol.tracker.query.compare;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The UN M49 regions and sub-regions of the states ({@code regions/m49.csv}, after the UN Statistics Division's
 * standard "Standard country or area codes for statistical use"): which region a state is in, and which states a
 * region or sub-region holds, so that a comparison can be narrowed to one.
 */
@Component
public class M49Regions {

    private static final String FILE = "regions/m49.csv";
    private static final String HEADER = "iso3,region_code,region,sub_region_code,sub_region";

    private final Map<CountryCode, Placement> byCountry;

    M49Regions() {
        this.byCountry = load();
    }

    /** Where a state is, if the table has it. */
    public Optional<Placement> of(CountryCode country) {
        return Optional.ofNullable(byCountry.get(country));
    }

    /** Whether {@code name} is a region or a sub-region of the table, spelled as it is. */
    public boolean isRegion(String name) {
        return byCountry.values().stream().anyMatch(placement -> placement.isIn(name));
    }

    /** The states of a region or sub-region, by code. */
    public List<CountryCode> statesIn(String name) {
        return byCountry.entrySet().stream().filter(entry -> entry.getValue().isIn(name)).map(Map.Entry::getKey)
                .sorted(java.util.Comparator.comparing(CountryCode::value)).toList();
    }

    /** Every region with its sub-regions, each by its M49 code. */
    public List<Region> regions() {
        Map<String, Region> regions = new LinkedHashMap<>();
        byCountry.values().stream()
                .sorted(java.util.Comparator.comparing(Placement::regionCode).thenComparing(Placement::subRegion))
                .forEach(placement -> {
                    Region region = regions.computeIfAbsent(placement.region(),
                            name -> new Region(placement.regionCode(), name, new ArrayList<>()));
                    SubRegion sub = new SubRegion(placement.subRegionCode(), placement.subRegion());
                    if (!region.subRegions().contains(sub)) {
                        region.subRegions().add(sub);
                    }
                });
        return regions.values().stream()
                .map(region -> new Region(region.code(), region.name(), List.copyOf(region.subRegions()))).toList();
    }

    private static Map<CountryCode, Placement> load() {
        String text;
        try (var in = new ClassPathResource(FILE).getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
        List<String> rows = text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        if (rows.isEmpty() || !rows.get(0).equals(HEADER)) {
            throw new IllegalStateException(FILE + " must start with the header " + HEADER);
        }
        Map<CountryCode, Placement> placements = new LinkedHashMap<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] fields = row.split(",", -1);
            if (fields.length != 5 || !CountryCode.isValid(fields[0])) {
                throw new IllegalStateException(FILE + ": bad row " + row);
            }
            if (placements.put(CountryCode.of(fields[0]),
                    new Placement(fields[1], fields[2], fields[3], fields[4])) != null) {
                throw new IllegalStateException(FILE + ": " + fields[0] + " twice");
            }
        }
        return Map.copyOf(placements);
    }

    /** A state's region and sub-region, each with its M49 code ("150" Europe, "151" Eastern Europe). */
    public record Placement(String regionCode, String region, String subRegionCode, String subRegion) {

        boolean isIn(String name) {
            return region.equals(name) || subRegion.equals(name);
        }
    }

    /** A region as {@code GET /api/compare/filters} lists it. */
    public record Region(String code, String name, List<SubRegion> subRegions) {
    }

    public record SubRegion(String code, String name) {
    }
}
