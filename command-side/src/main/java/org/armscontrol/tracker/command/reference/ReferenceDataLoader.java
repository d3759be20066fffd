package org.armscontrol.tracker.command.reference;

import org.armscontrol.tracker.command.imports.DemoImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Loads the tracker's reference data, the UN Treaty Collection's participant tables of Chapter XXVI (January
 * 2018, facts only, each with the depositary's citation), through the import, after the demo data; then the
 * footnotes of those tables that are facts of a participation (territorial exclusions). Every row
 * keeps its own kind; loading on every start adds nothing after the first, and a fact the demo data already holds
 * is kept once. Enabled by {@code tracker.reference-data.enabled=true} (the embedded default does).
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "tracker.reference-data.enabled", havingValue = "true")
public class ReferenceDataLoader implements ApplicationRunner {

    static final String TABLES = "classpath:reference/untc-2018/untc_*.csv";
    static final String FOOTNOTES = "reference/untc-2018/footnotes.json";
    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

    private final DemoImport imports;

    public ReferenceDataLoader(DemoImport imports) {
        this.imports = imports;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Resource[] tables = new PathMatchingResourcePatternResolver().getResources(TABLES);
        Arrays.sort(tables, Comparator.comparing(Resource::getFilename));
        for (Resource table : tables) {
            byte[] csv;
            try (InputStream in = table.getInputStream()) {
                csv = in.readAllBytes();
            }
            DemoImport.Summary load = imports.loadDepositaryTable(csv);
            if (!load.errors().isEmpty()) {
                throw new IllegalStateException("The reference table " + table.getFilename()
                        + " has rows the tracker refuses: " + load.errors());
            }
            log.info("Reference data ({}): {} rows, {} newly recorded, {} already present", table.getFilename(),
                    load.rows(), load.accepted(), load.alreadyImported());
        }
        // The footnotes that are facts of a participation (territorial exclusions) accompany the tables' actions.
        byte[] footnotes;
        try (InputStream in = new ClassPathResource(FOOTNOTES).getInputStream()) {
            footnotes = in.readAllBytes();
        }
        DemoImport.Summary load = imports.loadReferenceFile(footnotes);
        if (!load.errors().isEmpty()) {
            throw new IllegalStateException("The reference footnotes (" + FOOTNOTES + ") have rows the tracker "
                    + "refuses: " + load.errors());
        }
        log.info("Reference data ({}): {} footnotes, {} newly recorded, {} already present", FOOTNOTES,
                load.rows(), load.accepted(), load.alreadyImported());
    }
}
