package cn.guifanku;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.guifanku.modularityfixture.FixtureApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

/**
 * Keeps the feature packages honest: every module declares the modules it may use ({@code allowedDependencies} in its
 * package-info), and any other reach — or a cycle, or a reach into another module's internals — fails the build.
 * ARCHITECTURE.md's module map is generated from the same model ({@link ModuleMap}) and must be current.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(GuifankuApplication.class);

    @Test
    void featuresDependOnlyOnTheModulesTheyDeclare() {
        MODULES.verify();
    }

    @Test
    void everyModuleDeclaresItsDependencies() {
        assertThat(MODULES.stream()).allSatisfy(module -> assertThat(
                module.getBasePackage().getAnnotation(org.springframework.modulith.ApplicationModule.class))
                .as("@ApplicationModule on " + module.getBasePackage().getName()).isPresent());
    }

    @Test
    void onlyTheProcessAndAdaptersNamedForCamundaImportCamunda() {
        var classes = new com.tngtech.archunit.core.importer.ClassFileImporter()
                .withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.guifanku");
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
                .that().resideOutsideOfPackages("cn.guifanku.process..", "cn.guifanku.security.internal..")
                .and(com.tngtech.archunit.base.DescribedPredicate.describe("are not named for Camunda",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> !c.getName().matches(".*\\.Camunda[^.]*")))
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .check(classes);
    }

    @Test
    void aReachOutsideTheDeclaredDependenciesFailsVerification() {
        // The fixture's module a declares b only and uses c: the same check must refuse it.
        // (Test classes are left out of the application's model; this one reads the fixture's, which lives in tests.)
        ApplicationModules broken = ApplicationModules.of(FixtureApplication.class, location -> true);
        assertThatThrownBy(broken::verify).isInstanceOf(Violations.class)
                .hasMessageContaining("modularityfixture.a").hasMessageContaining("modularityfixture.c");
    }

    @Test
    void architectureMdCarriesTheCurrentModuleMap() throws IOException {
        String committed = Files.readString(Path.of("ARCHITECTURE.md"));
        String generated = ModuleMap.of(MODULES);
        if (!committed.contains(generated)) {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/module-map.md"), generated);
        }
        assertThat(committed).as("ARCHITECTURE.md's generated module map is current: copy target/module-map.md "
                + "between the markers (or run ModuleMap's main)").contains(generated);
    }

    @Test
    void theCommittedPlantUmlDiagramIsCurrent() throws IOException {
        Path fresh = Path.of("target/module-diagram");
        new org.springframework.modulith.docs.Documenter(MODULES,
                org.springframework.modulith.docs.Documenter.Options.defaults().withOutputFolder(fresh.toString()))
                .writeModulesAsPlantUml(org.springframework.modulith.docs.Documenter.DiagramOptions.defaults()
                        .withStyle(org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle.UML));
        // Compared line by line in any order: Documenter writes the same relations in no fixed order.
        assertThat(Files.readAllLines(ModuleMap.PLANTUML.resolve("components.puml")))
                .as("docs/modules/components.puml is current (run ModuleMap's main)")
                .containsExactlyInAnyOrderElementsOf(Files.readAllLines(fresh.resolve("components.puml")));
    }
}
