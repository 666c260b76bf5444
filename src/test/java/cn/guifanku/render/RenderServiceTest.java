package cn.guifanku.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The render service with real worker processes: the same bytes as a render in this JVM, a render over its CPU time
 * killed and the next one served by a fresh worker, a worker out of memory reported as the document's problem, and a
 * request that finds every worker busy refused after the longest wait. Our own source limits are lifted here, so that
 * what they would refuse reaches Asciidoctor and only the worker's limits stand in the way.
 */
@ExtendWith(SharedRenderer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RenderServiceTest {

    RenderService service;

    @BeforeAll
    void start() {
        RenderProperties properties = new Binder(new MapConfigurationPropertySource(Map.ofEntries(
                Map.entry("guifanku.render.workers", "2"),
                Map.entry("guifanku.render.html-workers", "1"),
                Map.entry("guifanku.render.warm-workers", "1"),
                Map.entry("guifanku.render.worker-heap", "320MB"),
                Map.entry("guifanku.render.max-wait", "2s"),
                Map.entry("guifanku.render.html-cpu-limit", "4s"),
                Map.entry("guifanku.render.html-time-limit", "90s"),
                Map.entry("guifanku.render.max-attribute-value-size", "1GB"),
                Map.entry("guifanku.render.max-expanded-size", "100GB"),
                Map.entry("guifanku.render.max-source-size", "1GB"),
                Map.entry("guifanku.render.warm-up", "false"))))
                .bind("guifanku.render", RenderProperties.class).get();
        service = new RenderService(properties);
    }

    @AfterAll
    void stop() {
        service.close();
    }

    @Test
    void rendersInAWorkerTheSameBytesAsInThisJvm(AsciidoctorStandardRenderer here) {
        SourceFiles basic = TestSources.fixture("basic");
        RenderedStandard there = service.render(basic);
        RenderedStandard local = here.render(basic);
        assertThat(there.pdf()).isEqualTo(local.pdf());
        assertThat(there.html()).isEqualTo(local.html());
        assertThat(there.metadata()).isEqualTo(local.metadata());
        assertThat(service.renderHtml(basic)).isEqualTo(here.renderHtml(basic));
        assertThatThrownBy(() -> service.render(TestSources.fixture("broken"))).isInstanceOf(RenderFailedException.class)
                .satisfies(e -> assertThat(((RenderFailedException) e).problems()).isNotEmpty()
                        .allSatisfy(p -> assertThat(p.file()).isNotBlank()));
    }

    @Test
    void aWorkerAsksForTheFiguresImagesAndEmbedsTheSameBytesAsThisJvm(AsciidoctorStandardRenderer here) {
        SourceFiles withFigures = TestSources.folder(java.nio.file.Path.of("standards", "wh-t-203", "2025"));
        RenderedStandard there = service.render(withFigures);
        assertThat(new String(there.html(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("data:image/svg+xml;base64,", "data:image/png;base64,");
        assertThat(there.pdf()).isEqualTo(here.render(withFigures).pdf());
    }

    @Test
    void killsARenderOverItsCpuTimeAndServesTheNextWithAFreshWorker() {
        long started = System.nanoTime();
        assertThatThrownBy(() -> service.renderHtml(slowDocument())).isInstanceOf(RenderFailedException.class)
                .satisfies(e -> assertThat(((RenderFailedException) e).problems()).singleElement()
                        .satisfies(p -> assertThat(p.message()).contains("处理器时间").contains("已停止")));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(90));
        assertThat(service.renderHtml(TestSources.fixture("basic"))).isNotEmpty();
    }

    @Test
    void aWorkerOutOfMemoryIsTheDocumentsProblemAndTheServiceGoesOn() {
        assertThatThrownBy(() -> service.render(TestSources.document(SourceLimitsTest.nestedAttributes(9)
                .replaceFirst("^= 标题\n", "")))).isInstanceOf(RenderFailedException.class)
                .satisfies(e -> assertThat(((RenderFailedException) e).problems()).singleElement()
                        .satisfies(p -> assertThat(p.message()).containsAnyOf("内存", "处理器时间", "超过")));
        assertThat(service.renderHtml(TestSources.fixture("basic"))).isNotEmpty();
    }

    @Test
    void stopsAWorkerWhoseStartPassesItsCpuTimeNotItsClockTime() {
        RenderProperties tight = new Binder(new MapConfigurationPropertySource(Map.of(
                "guifanku.render.warm-workers", "0",
                "guifanku.render.start-cpu-limit", "200ms", // a JVM uses more than that before it is ready
                "guifanku.render.start-timeout", "10m",
                "guifanku.render.warm-up", "false")))
                .bind("guifanku.render", RenderProperties.class).get();
        RenderService starved = new RenderService(tight);
        try {
            long started = System.nanoTime();
            assertThatThrownBy(() -> starved.renderHtml(TestSources.fixture("basic")))
                    .isInstanceOf(RenderUnavailableException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMinutes(2));
        } finally {
            starved.close();
        }
    }

    @Test
    void refusesWhenEveryWorkerStaysBusyPastTheLongestWait() {
        CompletableFuture<byte[]> slow = CompletableFuture.supplyAsync(() -> service.renderHtml(slowDocument()));
        await().atMost(Duration.ofMinutes(3)).until(service::busyWorkers, n -> n > 0);
        long started = System.nanoTime();
        assertThatThrownBy(() -> service.renderHtml(TestSources.fixture("basic")))
                .isInstanceOf(RenderUnavailableException.class)
                .satisfies(e -> {
                    RenderUnavailableException busy = (RenderUnavailableException) e;
                    assertThat(busy.getStatusCode().value()).isEqualTo(503);
                    assertThat(busy.getHeaders().getFirst("Retry-After")).isEqualTo("2");
                    assertThat(busy.getMessage()).contains("渲染服务繁忙");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(10));
        slow.handle((html, e) -> null).join();
    }

    /** Many thousand paragraphs full of inline markup: seconds of CPU for Asciidoctor, nothing our limits refuse. */
    static SourceFiles slowDocument() {
        StringBuilder body = new StringBuilder("== 范围\n\n");
        for (int i = 0; i < 40_000; i++) {
            body.append("第 ").append(i).append(" 段 *粗体* _斜体_ `代码` ^上标^ ~下标~ #标记# <<_范围>> ")
                    .append("https://example.org/").append(i).append("[链接] footnote:[注").append(i).append("]\n\n");
        }
        return TestSources.document(body.toString());
    }
}
