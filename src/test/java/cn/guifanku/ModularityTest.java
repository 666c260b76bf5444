package cn.guifanku;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Keeps the feature packages honest: no cycles, no reaching into another feature's internals. */
class ModularityTest {

    final ApplicationModules modules = ApplicationModules.of(GuifankuApplication.class);

    @Test
    void featuresDependOnlyOnEachOthersPublicApi() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagramForArchitectureMd() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
                .writeModulesAsPlantUml();
    }
}
