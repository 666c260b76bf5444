package cn.guifanku.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.guifanku.ApplicationTestBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI description ({@code /v3/api-docs}) passes Redocly's recommended rules with no error: security on every
 * operation, a summary and the 4xx Problem responses on each, the licence. Runs {@code redocly} (npm package
 * {@code @redocly/cli} 1.34.x, which {@code .ci/run} installs); without it the test is skipped with that reason, except
 * under {@code CI=true}, where it fails.
 */
class ApiDescriptionLintTest extends ApplicationTestBase {

    static final String MISSING = "redocly (npm install -g @redocly/cli@1.34.20) is not on the PATH";

    @Test
    void theApiDescriptionPassesRedoclysRecommendedRules() throws Exception {
        Optional<Path> redocly = onPath("redocly");
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertTrue(redocly.isPresent(), MISSING + " (CI=true: the lint must run here, not be skipped)");
        } else {
            assumeTrue(redocly.isPresent(), MISSING);
        }
        Path description = Path.of("target", "openapi.json").toAbsolutePath();
        Files.createDirectories(description.getParent());
        Files.writeString(description, http.get().uri("/v3/api-docs").retrieve().body(String.class), StandardCharsets.UTF_8);
        Path config = Path.of("src", "test", "resources", "redocly.yaml").toAbsolutePath();
        Path report = Path.of("target", "redocly-lint.json").toAbsolutePath();
        Process lint = new ProcessBuilder(redocly.get().toString(), "lint", description.toString(), "--config", config.toString(),
                "--format", "json").redirectOutput(report.toFile())
                .redirectError(Path.of("target", "redocly-lint.log").toFile()).start();
        assertThat(lint.waitFor(3, TimeUnit.MINUTES)).as("redocly finished").isTrue();
        JsonNode result = new ObjectMapper().readTree(report.toFile());
        assertThat(result.path("totals").path("errors").asInt(-1)).as("errors in " + report + ":\n"
                + result.path("problems").toPrettyString()).isZero();
        assertThat(result.path("totals").path("warnings").asInt(-1)).as("warnings in " + report).isZero();
        assertThat(lint.exitValue()).isZero();
    }

    static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
