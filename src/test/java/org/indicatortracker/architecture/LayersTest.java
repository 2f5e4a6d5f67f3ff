package org.indicatortracker.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers point one way, as Apache Kafka's import control keeps its own: the domain
 * (report → extract → verdict) knows nothing of Kafka or HTTP; the stream knows nothing of the running
 * app; the app nothing of the command line.
 */
@AnalyzeClasses(packages = "org.indicatortracker", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

    @ArchTest
    static final ArchRule layersPointOneWay = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Report")
            .definedBy("..indicatortracker.report..")
            .layer("Extract")
            .definedBy("..indicatortracker.extract..")
            .layer("Verdict")
            .definedBy("..indicatortracker.verdict..")
            .layer("Evaluate")
            .definedBy("..indicatortracker.evaluate..")
            .layer("Config")
            .definedBy("..indicatortracker.config..")
            .layer("Metrics")
            .definedBy("..indicatortracker.metrics..")
            .layer("Stream")
            .definedBy("..indicatortracker.stream..")
            .layer("Kafka")
            .definedBy("..indicatortracker.kafka..")
            .layer("App")
            .definedBy("..indicatortracker.app..")
            .layer("Bench")
            .definedBy("..indicatortracker.bench..")
            .layer("Cli")
            .definedBy("..indicatortracker.cli..")
            .whereLayer("Cli")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Bench")
            .mayOnlyBeAccessedByLayers("Cli")
            .whereLayer("App")
            .mayOnlyBeAccessedByLayers("Cli", "Bench")
            .whereLayer("Kafka")
            .mayOnlyBeAccessedByLayers("App", "Bench", "Cli")
            .whereLayer("Stream")
            .mayOnlyBeAccessedByLayers("Kafka", "App", "Bench", "Cli")
            .whereLayer("Metrics")
            .mayOnlyBeAccessedByLayers("Stream", "App", "Bench", "Cli")
            .whereLayer("Evaluate")
            .mayOnlyBeAccessedByLayers("Cli")
            .whereLayer("Verdict")
            .mayOnlyBeAccessedByLayers("Config", "Metrics", "Stream", "Kafka", "App", "Bench", "Cli")
            .whereLayer("Extract")
            .mayOnlyBeAccessedByLayers(
                    "Verdict", "Evaluate", "Config", "Metrics", "Stream", "Kafka", "App", "Bench", "Cli")
            .whereLayer("Report")
            .mayOnlyBeAccessedByLayers(
                    "Extract", "Verdict", "Evaluate", "Config", "Metrics", "Stream", "Kafka", "App", "Bench", "Cli");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("org.indicatortracker.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theDomainKnowsNoKafkaNoStreamsNoHttp = noClasses()
            .that()
            .resideInAnyPackage(
                    "..indicatortracker.report..", "..indicatortracker.extract..", "..indicatortracker.verdict..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.apache.kafka..", "com.sun.net.httpserver..", "java.net.http..", "io.micrometer..");

    /**
     * The JSON wire format is the stream layer's (`stream/Json`): the domain's records carry no Jackson
     * annotations. Reading the lexicon file binds YAML to `LexiconFile`, which is the one exception.
     */
    @ArchTest
    static final ArchRule theDomainsRecordsKnowNoWireFormat = noClasses()
            .that()
            .resideInAnyPackage(
                    "..indicatortracker.report..", "..indicatortracker.extract..", "..indicatortracker.verdict..")
            .and()
            .haveNameNotMatching(".*\\.LexiconFile(\\$.*)?")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.fasterxml.jackson.annotation..", "com.fasterxml.jackson.databind.annotation..");
}
