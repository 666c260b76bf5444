package cn.guifanku.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The draft editor's committed bundle (static/js/editor/, built by frontend/build.mjs) agrees with what it is built
 * from: the SHA-256 of frontend/package-lock.json and frontend/src/* is the one the build wrote, every package in it is
 * at package-lock's version and has its licence in LICENSES.txt. A change to the sources or the packages without a
 * rebuild fails here, since the Maven build never runs Node.
 */
class BundleTest {

    static final Path FRONTEND = Path.of("frontend");
    static final Path BUNDLE = Path.of("src/main/resources/static/js/editor");
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCommittedBundleWasBuiltFromTheseSourcesAndPackages() throws Exception {
        JsonNode bundle = JSON.readTree(BUNDLE.resolve("bundle.json").toFile());
        assertThat(bundle.path("inputsSha256").asText())
                .as("bundle.json's hash of frontend/package-lock.json and frontend/src/*: rebuild with "
                        + "`cd frontend && npm ci && npm run build` and commit the bundle")
                .isEqualTo(inputsHash());
        JsonNode lock = JSON.readTree(FRONTEND.resolve("package-lock.json").toFile()).path("packages");
        String licences = Files.readString(BUNDLE.resolve("LICENSES.txt"), StandardCharsets.UTF_8);
        assertThat(bundle.path("packages").size()).isPositive();
        bundle.path("packages").fields().forEachRemaining(p -> {
            assertThat(lock.path("node_modules/" + p.getKey()).path("version").asText()).as(p.getKey())
                    .isEqualTo(p.getValue().path("version").asText());
            assertThat(licences).as("the licence of " + p.getKey()).contains(p.getKey());
        });
        String script = Files.readString(BUNDLE.resolve(bundle.path("script").asText()), StandardCharsets.UTF_8);
        assertThat(script).as("nothing loaded from elsewhere").doesNotContain("import(\"http", "cdn.jsdelivr", "unpkg.com");
    }

    /** As build.mjs computes it: for each file in name order, its path, a NUL, its bytes, a NUL. */
    static String inputsHash() throws Exception {
        List<String> files = new ArrayList<>(List.of("package-lock.json"));
        try (Stream<Path> src = Files.list(FRONTEND.resolve("src"))) {
            src.map(f -> "src/" + f.getFileName()).sorted().forEach(files::add);
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String f : files) {
            sha.update((f + "\0").getBytes(StandardCharsets.UTF_8));
            sha.update(read(FRONTEND.resolve(f)));
            sha.update(new byte[] {0});
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static byte[] read(Path file) throws IOException {
        return Files.readAllBytes(file);
    }
}
