package cn.guifanku.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash costs a minute, not five: the embedded default, a real process of its own, is killed ({@code kill -9})
 * while its publication job is under way (the edition rendered, not yet tagged or recorded); started again on the
 * same data folder, it releases the job lock it held before (the same node identity, kept in the data folder) and the
 * edition is in the catalog within 60 s of health UP — not after Camunda's lock time (5 minutes).
 */
class CrashRecoveryTest {

    static final String NUMBER = "WH/T 288—2026";

    @TempDir
    Path data;
    final List<Process> started = new ArrayList<>();
    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void aNodeKilledMidPublicationPublishesWithinAMinuteOfItsRestart() throws Exception {
        int port = freePort();
        Path marker = data.resolve("rendered");
        Process first = start(port, "--crash-at=" + marker);
        await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofMillis(500))
                .until(() -> Files.exists(marker) || !first.isAlive());
        assertThat(first.isAlive()).as("the node reached the publication (see target/crash-recovery-*.log)").isTrue();
        first.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no rollback but the database's own
        assertThat(catalogHas(port)).isFalse();

        start(port);
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).until(() -> healthUp(port));
        long up = System.nanoTime();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> catalogHas(port));
        System.out.printf("Edition in the catalog %d s after health UP%n", (System.nanoTime() - up) / 1_000_000_000);
    }

    Process start(int port, String... more) throws IOException {
        List<String> command = new ArrayList<>(cn.guifanku.ChildJvm.command(List.of("-Xmx768m", "-Dfile.encoding=UTF-8"),
                CrashingNode.class, "--server.port=" + port, "--guifanku.data-dir=" + data,
                // No samples: the test publishes its own standard; rendering samples costs minutes on a small machine.
                "--guifanku.content.samples=classpath*:no-samples-in-this-test/", "--camunda.bpm.webapp.enabled=false",
                "--camunda.bpm.job-execution.wait-time-in-millis=500", "--camunda.bpm.job-execution.max-wait=2000"));
        command.addAll(List.of(more));
        Path log = Path.of("target", "crash-recovery-" + started.size() + ".log");
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        started.add(process);
        return process;
    }

    boolean healthUp(int port) {
        return get(port, "/actuator/health").contains("\"UP\"");
    }

    boolean catalogHas(int port) {
        return get(port, "/api/standards/wh-t-288").contains("2026");
    }

    String get(int port, String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
