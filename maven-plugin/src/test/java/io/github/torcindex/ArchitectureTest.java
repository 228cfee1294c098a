package io.github.torcindex;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of shared/STYLE.md that the design relies on, checked over the classes of every module: layering,
 * library code that never prints or exits, front ends that never import each other, tests that use AssertJ.
 */
class ArchitectureTest {

    private static final String ROOT = "io.github.torcindex";
    private static final String[] LIBRARY = {ROOT + ".schema..", ROOT + ".generator..", ROOT + ".indexer..",
        ROOT + ".analyzer..", ROOT + ".bench.."};

    private static JavaClasses main;
    private static JavaClasses tests;

    @BeforeAll
    static void importClasses() throws IOException {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        Path repository = Path.of("").toAbsolutePath().getParent();
        try (Stream<Path> modules = Files.list(repository)) {
            List<Path> testClasses = modules.map(m -> m.resolve("target/test-classes"))
                    .filter(Files::isDirectory).toList();
            tests = new ClassFileImporter().importPaths(testClasses);
        }
    }

    @Test
    void importsTheClassesOfEveryModule() {
        for (String module : List.of("schema", "generator", "indexer", "analyzer", "bench", "cli", "maven")) {
            assertThat(main.stream().map(c -> c.getPackageName()))
                    .as(module).anyMatch(p -> p.equals(ROOT + "." + module));
        }
        assertThat(tests.stream().map(c -> c.getSimpleName())).contains("IndexMigratorIT", "MainIT");
    }

    @Test
    void modulesDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("schema").definedBy(ROOT, ROOT + ".schema..")
                .layer("generator").definedBy(ROOT + ".generator..")
                .layer("indexer").definedBy(ROOT + ".indexer..")
                .layer("analyzer").definedBy(ROOT + ".analyzer..")
                .layer("bench").definedBy(ROOT + ".bench..")
                .layer("cli").definedBy(ROOT + ".cli..")
                .layer("maven").definedBy(ROOT + ".maven..")
                .whereLayer("maven").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("bench").mayOnlyBeAccessedByLayers("cli", "maven")
                .whereLayer("analyzer").mayOnlyBeAccessedByLayers("bench", "cli", "maven")
                .whereLayer("indexer").mayOnlyBeAccessedByLayers("analyzer", "bench", "cli", "maven")
                .whereLayer("generator").mayOnlyBeAccessedByLayers("bench", "cli", "maven")
                .check(main);
    }

    @Test
    void libraryCodeNeverPrintsNorExits() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(libraryClasses());
        noClasses().should().callMethod(System.class, "exit", int.class)
                .orShould().callMethod(Runtime.class, "halt", int.class)
                .because("only the command line's Main ends the process").check(libraryClasses());
        noClasses().that().resideInAPackage(ROOT + ".maven..").should().callMethod(System.class, "exit", int.class)
                .check(main);
    }

    @Test
    void libraryModulesUseNeitherCommonsCliNorMavenAndOnlyBenchUsesJmh() {
        ArchRule frontEnds = noClasses().that().resideInAnyPackage(LIBRARY).should().dependOnClassesThat()
                .resideInAnyPackage("org.apache.commons.cli..", "org.apache.maven..");
        frontEnds.check(main);
        noClasses().that().resideOutsideOfPackage(ROOT + ".bench..").should().dependOnClassesThat()
                .resideInAPackage("org.openjdk.jmh..").check(main);
    }

    @Test
    void theCommandLineAndThePluginGoThroughTheFacade() {
        noClasses().that().resideInAnyPackage(ROOT + ".cli..", ROOT + ".maven..").should().dependOnClassesThat()
                .haveFullyQualifiedName(ROOT + ".indexer.IndexMigrator")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".analyzer.PlanVerifier")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".analyzer.IndexAdvisor")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".analyzer.AdviceChangelog")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".generator.WorkflowGenerator")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".bench.BenchRunner")
                .because("both front ends call the library through TorcIndex, its one documented entry point")
                .check(main);
    }

    @Test
    void theCommandLineAndThePluginNeverImportEachOther() {
        noClasses().that().resideInAPackage(ROOT + ".maven..").should().dependOnClassesThat()
                .resideInAPackage(ROOT + ".cli..").check(main);
    }

    @Test
    void testsAssertWithAssertJOnly() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("org.junit.jupiter.api.Assertions")
                .orShould().dependOnClassesThat().resideInAPackage("org.hamcrest..")
                .orShould().dependOnClassesThat().resideInAPackage("org.mockito..")
                .because("tests use AssertJ and real databases (shared/STYLE.md)").check(tests);
    }

    @Test
    void noMainClassIsMuchOverThreeHundredLines() throws IOException {
        Path repository = Path.of("").toAbsolutePath().getParent();
        try (Stream<Path> files = Files.walk(repository)) {
            List<String> long_ = files.filter(p -> p.toString().contains("/src/main/java/"))
                    .filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> lines(p) > 350).map(p -> repository.relativize(p) + " (" + lines(p) + ")").toList();
            assertThat(long_).as("classes over 350 lines: split them by concern").isEmpty();
        }
    }

    private JavaClasses libraryClasses() {
        return main.that(com.tngtech.archunit.base.DescribedPredicate.describe("library",
                c -> Stream.of(LIBRARY).anyMatch(p -> c.getPackageName().startsWith(p.replace("..", "")))));
    }

    private static long lines(Path p) {
        try (Stream<String> lines = Files.lines(p)) {
            return lines.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
