package org.armscontrol.tracker.command;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The command side keeps to its job: it writes, knows nothing of the reads, and its rules know nothing of HTTP. */
@AnalyzeClasses(packages = "org.armscontrol.tracker.command", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_command_side_does_not_read_the_query_side = noClasses().should().dependOnClassesThat()
            .resideInAPackage("org.armscontrol.tracker.query..");

    @ArchTest
    static final ArchRule aggregates_know_nothing_of_http_or_sql = noClasses()
            .that().resideInAnyPackage("..command.participation..", "..command.statement..", "..command.stockpile..",
                    "..command.vote..", "..command.instrument..", "..command.rules..")
            .should().dependOnClassesThat().resideInAnyPackage("..command.web..", "org.springframework.web..",
                    "jakarta.servlet..", "java.sql..", "org.springframework.jdbc..");

    @ArchTest
    static final ArchRule aggregates_change_state_only_through_events = noClasses()
            .that().resideInAnyPackage("..command.participation..", "..command.statement..", "..command.stockpile..",
                    "..command.vote..", "..command.instrument..")
            .should().dependOnClassesThat().resideInAnyPackage("org.axonframework.eventhandling.gateway..",
                    "org.axonframework.commandhandling.gateway..");
}
