/** Fixture module a: declares b as its only dependency. */
@ApplicationModule(allowedDependencies = "b")
package cn.guifanku.modularityfixture.a;

import org.springframework.modulith.ApplicationModule;
