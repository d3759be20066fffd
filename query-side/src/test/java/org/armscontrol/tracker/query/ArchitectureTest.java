package org.armscontrol.tracker.query;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The query side reads: it follows events into read models and never sends commands or touches aggregates. */
@AnalyzeClasses(packages = "org.armscontrol.tracker.query", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_query_side_does_not_use_the_command_side = noClasses().should().dependOnClassesThat()
            .resideInAPackage("org.armscontrol.tracker.command..");

    @ArchTest
    static final ArchRule the_query_side_sends_no_commands = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.axonframework.commandhandling..", "org.axonframework.modelling.command..");
}
