package org.paperfeed.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of {@code docs/architecture.md} ({@code support} at the bottom, then {@code model -> ingest | library
 * -> app -> ui | cli}: ingest and library side by side), as the only guard a single Maven module has.
 */
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
            .layer("Support").definedBy("org.paperfeed.support..")
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("App").mayOnlyBeAccessedByLayers("Ui", "Cli", "Launcher")
            .whereLayer("Library").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Ingest").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Support").mayOnlyBeAccessedByLayers("Ingest", "Library", "App", "Ui", "Cli", "Launcher");

    /** The bottom package: files, JSON; it knows nothing of papers, so every layer above model may use it. */
    @ArchTest
    static final ArchRule supportUsesOnlyTheJdkAndJackson = classes().that().resideInAPackage("org.paperfeed.support..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.paperfeed.support..", "java..",
                    "tools.jackson..", "com.fasterxml.jackson..", "org.slf4j..");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("org.paperfeed.(**)").should().beFreeOfCycles();

    /** Cycles inside a package, which the slice rule above cannot see (ClassCyclesTest shows it can fail). */
    @ArchTest
    static final ArchRule noClassCycleSpansMoreThanThreeClasses = classes().should(ClassCycles.spanAtMost(3));

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

    /** HTTP is ingest.fetch's alone (FetchClient); elsewhere OkHttp serves only as the URL parser, HttpUrl. */
    @ArchTest
    static final ArchRule onlyIngestFetchTalksHttp = noClasses()
            .that().resideOutsideOfPackage("org.paperfeed.ingest.fetch..")
            .should().dependOnClassesThat(DescribedPredicate.describe("are OkHttp or Okio, other than HttpUrl",
                    (JavaClass c) -> (c.getPackageName().startsWith("okhttp3") || c.getPackageName().startsWith("okio"))
                            && !c.getName().startsWith("okhttp3.HttpUrl")));

    @ArchTest
    static final ArchRule onlyCliPrints = noClasses().that().resideOutsideOfPackages("org.paperfeed.cli..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err");
}
