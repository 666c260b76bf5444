package cn.guifanku.archive;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real tools a library verifies with (Debian's git, gnupg, poppler-utils' pdfsig), run as processes. Without them
 * a test is skipped with the reason, except under {@code CI=true}, where .ci/run installs them and a skip would hide
 * that the check never ran.
 */
public final class Tools {

    private Tools() {
    }

    /** What a command printed (stdout and stderr together) and its exit status. */
    public record Result(int status, String output) {
    }

    public static void require(String... commands) {
        for (String command : commands) {
            boolean present = List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream()
                    .anyMatch(dir -> Path.of(dir, command).toFile().canExecute());
            String missing = command + " is not installed (Debian: git, gnupg, poppler-utils; .ci/run installs them)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                assertTrue(present, missing + " (CI=true: this check must run here, not be skipped)");
            }
            assumeTrue(present, missing);
        }
    }

    public static Result run(Path directory, Map<String, String> environment, String... command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + String.join(" ", command));
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Result run(Path directory, String... command) {
        return run(directory, Map.of(), command);
    }
}
