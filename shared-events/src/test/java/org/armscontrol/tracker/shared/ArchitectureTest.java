package org.armscontrol.tracker.shared;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The shared messages are plain: no Spring, no persistence, no knowledge of either side. */
@AnalyzeClasses(packages = "org.armscontrol.tracker.shared", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule no_spring_or_persistence = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "java.sql..", "javax.sql..");

    @ArchTest
    static final ArchRule no_knowledge_of_the_sides = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.armscontrol.tracker.command..", "org.armscontrol.tracker.query..",
                    "org.armscontrol.tracker.platform..");
}
