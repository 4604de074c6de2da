package org.paperfeed.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of the brief, as the only guard a single Maven module has. */
@AnalyzeClasses(packages = "org.paperfeed", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersOnlyCallDownwards = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Model").definedBy("org.paperfeed.model..")
            .layer("Ingest").definedBy("org.paperfeed.ingest..")
            .layer("Library").definedBy("org.paperfeed.library..")
            .layer("App").definedBy("org.paperfeed.app..")
            .layer("Ui").definedBy("org.paperfeed.ui..")
            .layer("Cli").definedBy("org.paperfeed.cli..")
            .layer("Launcher").definedBy("org.paperfeed")
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("App").mayOnlyBeAccessedByLayers("Ui", "Cli", "Launcher")
            .whereLayer("Library").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Ingest").mayOnlyBeAccessedByLayers("App");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("org.paperfeed.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule modelDependsOnNothing = noClasses().that().resideInAPackage("org.paperfeed.model..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.paperfeed.model..", "java..");

    @ArchTest
    static final ArchRule javaFxOnlyInUi = noClasses().that().resideOutsideOfPackages("org.paperfeed.ui..")
            .and().resideOutsideOfPackage("org.paperfeed")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp..",
                    "org.scilab.forge..", "org.jfree.fx..");

    @ArchTest
    static final ArchRule uiAndCliStayAboveLuceneAndHttp = noClasses()
            .that().resideInAnyPackage("org.paperfeed.ui..", "org.paperfeed.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "okhttp3..", "okio..");

    @ArchTest
    static final ArchRule onlyCliPrints = noClasses().that().resideOutsideOfPackages("org.paperfeed.cli..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err");
}
