package cn.guifanku.modularityfixture;

/**
 * A deliberately broken application for {@code ModularityTest}: module {@code a} may use {@code b} only, yet it reaches
 * into {@code c}. Not a Spring Boot application; only Spring Modulith's model reads it.
 */
@org.springframework.modulith.Modulithic
public final class FixtureApplication {

    private FixtureApplication() {
    }
}
