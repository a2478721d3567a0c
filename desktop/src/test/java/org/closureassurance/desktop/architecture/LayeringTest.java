package org.closureassurance.desktop.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the arrows of the module layout: the simulator knows nothing of JSON, files, units
 * libraries, charts or Swing; scenarios and charts know nothing of each other or of the
 * desktop; charts open no windows.
 */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importProduction() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.closureassurance");
    }

    @Test
    void simulatorHasNoJsonFilesUnitsChartsOrSwing() {
        noClasses().that().resideInAPackage("org.closureassurance.simulator..")
                .should().dependOnClassesThat().resideInAnyPackage("com.google.gson..", "tech.units..",
                        "javax.measure..", "org.jfree..", "javax.swing..", "java.awt..", "java.nio.file..",
                        "java.io..", "org.closureassurance.scenarios..", "org.closureassurance.charts..",
                        "org.closureassurance.desktop..")
                .because("the engine must be usable and testable without any I/O or UI")
                .check(classes);
    }

    @Test
    void scenariosDoNotKnowChartsSwingOrDesktop() {
        noClasses().that().resideInAPackage("org.closureassurance.scenarios..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jfree..", "javax.swing..",
                        "org.closureassurance.charts..", "org.closureassurance.desktop..")
                .check(classes);
    }

    @Test
    void chartsOpenNoWindowsAndKnowNoJson() {
        noClasses().that().resideInAPackage("org.closureassurance.charts..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "com.google.gson..",
                        "org.closureassurance.scenarios..", "org.closureassurance.desktop..")
                .check(classes);
    }
}
