package cn.guifanku.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.guifanku.render.RenderProblem.Severity;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedRenderer.class)
class RenderProblemsTest {

    private static final String VALID_HEADER_TAIL = """
            :std-issued: 2022-01-10
            :std-effective: 2022-03-01
            :doctype: book
            """;

    @Test
    void brokenDocumentFailsWithEveryProblemOnItsLine(AsciidoctorStandardRenderer renderer) {
        RenderFailedException failure = catchThrowableOfType(RenderFailedException.class,
                () -> renderer.render(TestSources.fixture("broken")));
        assertThat(failure.problems()).filteredOn(p -> p.severity() == Severity.ERROR).extracting(RenderProblem::toString)
                .contains("standard.adoc:22: 找不到引用的文件：missing.adoc", "standard.adoc:16: 代码块没有结束（缺少结束的分隔行），其后的内容都被吞入这个块");
        assertThat(failure.problems()).allSatisfy(p -> {
            assertThat(p.file()).isNotBlank();
            assertThat(p.line()).isPositive();
        });
        assertThat(failure.getMessage()).contains("standard.adoc:22");
    }

    @Test
    void sharedBrokenSampleFailsWithLineNumberedProblems(AsciidoctorStandardRenderer renderer) {
        Assumptions.assumeTrue(getClass().getResource("/broken-standard/standard.adoc") != null, "no shared broken sample");
        RenderFailedException failure = catchThrowableOfType(RenderFailedException.class, () -> renderer.render(
                TestSources.folder(java.nio.file.Path.of("src/test/resources/broken-standard"))));
        assertThat(failure.problems()).filteredOn(p -> p.severity() == Severity.ERROR).isNotEmpty()
                .allSatisfy(p -> assertThat(p.line()).isPositive());
    }

    @Test
    void missingStandardNumberFailsWithAChineseMessage(AsciidoctorStandardRenderer renderer) {
        SourceFiles files = TestSources.of("no-number", Map.of(SourceFiles.MAIN, "= 标题\n" + VALID_HEADER_TAIL + "\n== 范围\n\n正文。\n"));
        RenderFailedException failure = catchThrowableOfType(RenderFailedException.class, () -> renderer.render(files));
        assertThat(failure.problems()).containsExactly(
                new RenderProblem("standard.adoc", 1, Severity.ERROR, "缺少必需的文档属性 :std-number:"));
    }

    @Test
    void badHeaderValuesAreReportedTogetherOnTheirLines(AsciidoctorStandardRenderer renderer) {
        SourceFiles files = TestSources.of("bad", Map.of(SourceFiles.MAIN, """
                = 标题
                :std-number: WH/T 201-2024
                :std-replaces: WH/T 201—2019, 乱写
                :std-issued: 2024-03-15
                :std-effective: 2024-02-30
                """));
        RenderFailedException failure = catchThrowableOfType(RenderFailedException.class, () -> renderer.readMetadata(files));
        assertThat(failure.problems()).extracting(p -> p.file() + ":" + p.line()).containsExactlyInAnyOrder(
                "standard.adoc:2", "standard.adoc:3", "standard.adoc:5");
        assertThat(failure.problems().get(0).message()).contains("U+2014");
    }

    @Test
    void effectiveDateBeforeIssueDateIsRejected(AsciidoctorStandardRenderer renderer) {
        SourceFiles files = TestSources.of("dates", Map.of(SourceFiles.MAIN, """
                = 标题
                :std-number: WH/T 201—2024
                :std-issued: 2024-03-15
                :std-effective: 2024-03-01
                """));
        RenderFailedException failure = catchThrowableOfType(RenderFailedException.class, () -> renderer.readMetadata(files));
        assertThat(failure.problems()).extracting(RenderProblem::toString)
                .containsExactly("standard.adoc:4: 实施日期 2024-03-01 早于发布日期 2024-03-15");
    }

    @Test
    void readsTheHeaderMetadataWithoutRendering(AsciidoctorStandardRenderer renderer) {
        StandardMetadata metadata = renderer.readMetadata(TestSources.fixture("basic"));
        assertThat(metadata.number()).isEqualTo("WH/T 87.1—2019");
        assertThat(metadata.documentType()).isEqualTo("中华人民共和国文化行业标准");
        assertThat(metadata.drafters()).isEqualTo("国家图书馆、上海图书馆");
    }

    @Test
    void includeCycleIsAnError(AsciidoctorStandardRenderer renderer) {
        SourceFiles files = TestSources.document("== 范围\n\ninclude::a.adoc[]\n",
                Map.of("a.adoc", "甲\n\ninclude::b.adoc[]\n", "b.adoc", "乙\n\ninclude::a.adoc[]\n"));
        RenderFailedException failure = catchThrowableOfType(RenderFailedException.class, () -> renderer.render(files));
        assertThat(failure.problems()).extracting(RenderProblem::toString).contains("b.adoc:3: 循环引用：a.adoc");
    }

    @Test
    void missingMainFileFails(AsciidoctorStandardRenderer renderer) {
        RenderFailedException failure = catchThrowableOfType(RenderFailedException.class,
                () -> renderer.render(TestSources.of("empty", Map.of())));
        assertThat(failure.problems()).extracting(RenderProblem::message).containsExactly("找不到主文件 standard.adoc");
    }
}
