package org.armscontrol.tracker.command.imports;

import org.armscontrol.tracker.shared.value.Recorder;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Imports the demo data set (a JSON import file) as the user {@code demo-loader}, with the keys and fingerprints
 * the demo data was always written with ({@link RowKeys#DEMO}), so that a database loaded by an earlier version
 * gets nothing new. Runs on the caller's thread and is not listed among the imports.
 */
@Component
public class DemoImport {

    static final Recorder DEMO_LOADER = Recorder.of("demo-loader");
    static final Recorder REFERENCE_LOADER = Recorder.of("reference-loader");

    private final JsonImportReader reader;
    private final CsvImportReader csvReader;
    private final ImportService service;

    DemoImport(JsonImportReader reader, CsvImportReader csvReader, ImportService service) {
        this.reader = reader;
        this.csvReader = csvReader;
        this.service = service;
    }

    public Summary load(byte[] json) {
        // The demo data is curated: written as given, two statements of a day with one forum included.
        ImportRun run = new ImportRun(DEMO_LOADER, "demo-data:" + UUID.randomUUID(), RowKeys.DEMO, false,
                Duplicates.IMPORT);
        return summary(service.run(reader.read(json), run, result -> { }));
    }

    /**
     * Imports a depositary's participant table (CSV as the depositary lays it out) as the user
     * {@code reference-loader}, under the keys any import of the same table takes, so that loading it again, or a
     * clerk importing the same file, writes nothing new.
     */
    public Summary loadDepositaryTable(byte[] csv) {
        ImportRun run = new ImportRun(REFERENCE_LOADER, "reference-data:" + UUID.randomUUID(), RowKeys.IMPORT,
                false, Duplicates.SKIP);
        return summary(service.run(csvReader.read(new String(csv, java.nio.charset.StandardCharsets.UTF_8)), run,
                result -> { }));
    }

    /**
     * Imports a reference file (JSON import format) as the user {@code reference-loader}, under the keys any import
     * of the same rows takes.
     */
    public Summary loadReferenceFile(byte[] json) {
        ImportRun run = new ImportRun(REFERENCE_LOADER, "reference-data:" + UUID.randomUUID(), RowKeys.IMPORT,
                false, Duplicates.SKIP);
        return summary(service.run(reader.read(json), run, result -> { }));
    }

    private static Summary summary(List<RowResult> results) {
        return new Summary(results.size(), count(results, Outcome.ACCEPTED),
                count(results, Outcome.ALREADY_IMPORTED) + count(results, Outcome.ALREADY_RECORDED),
                results.stream().filter(result -> result.outcome() == Outcome.REJECTED)
                        .map(result -> "row " + result.key() + ": " + result.error().detail()).toList());
    }

    private static int count(List<RowResult> results, Outcome outcome) {
        return (int) results.stream().filter(result -> result.outcome() == outcome).count();
    }

    /** What a load did: rows in the file, newly written, already there, and why any row was refused. */
    public record Summary(int rows, int accepted, int alreadyImported, List<String> errors) {
    }
}
