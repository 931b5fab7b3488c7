package org.tandem;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering DESIGN.md asks for, checked on every build. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.tandem");
    }

    @Test
    void domainIsPlainJava() {
        noClasses().that().resideInAPackage("org.tandem.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.tandem.store..",
                        "org.tandem.ui..", "org.tandem.exchange..", "org.tandem.app..")
                .check(classes);
    }

    @Test
    void storeAndExchangeDoNotTouchTheSceneGraph() {
        noClasses().that().resideInAnyPackage("org.tandem.store..", "org.tandem.exchange..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.tandem.ui..")
                .check(classes);
    }

    @Test
    void uiDoesNotUseSql() {
        noClasses().that().resideInAPackage("org.tandem.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..")
                .check(classes);
    }

    @Test
    void viewModelsHoldNoNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(classes);
    }

    @Test
    void noGetInstanceSingletons() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods()
                .that().areDeclaredInClassesThat().resideInAPackage("org.tandem..")
                .should().haveName("getInstance")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyTheScreenWiringReachesTheStore() {
        // view models, controllers and services speak domain types; a screen builds the repositories it needs
        noClasses().that().resideInAPackage("org.tandem.ui..")
                .and().haveSimpleNameNotEndingWith("Screen").and().doNotHaveSimpleName("ScreenContext")
                .should().dependOnClassesThat().resideInAPackage("org.tandem.store..")
                .check(classes);
    }

    @Test
    void servicesKnowNothingOfTheScreens() {
        noClasses().that().resideInAPackage("org.tandem.service..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.tandem.ui..")
                .check(classes);
    }
}
