package cn.guifanku.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.guifanku.render.RenderProblem.Severity;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A plain document fails as a standard does: every problem with its file and line, in Chinese. */
@ExtendWith(SharedRenderer.class)
class DocumentProblemsTest {

    @Test
    void brokenDocumentFailsWithEveryProblemOnItsLine(AsciidoctorStandardRenderer renderer) {
        SourceFiles files = TestSources.of("broken", Map.of("comment-resolution.adoc", """
                = 征求意见汇总处理表
                :page-layout: landscape

                include::missing.adoc[]

                include::part.adoc[]
                """, "part.adoc", """
                引入的段落。

                ----
                没有结束的代码块
                """));
        RenderFailedException failure = catchThrowableOfType(RenderFailedException.class,
                () -> renderer.renderDocument(files, "comment-resolution.adoc"));
        assertThat(failure.problems()).filteredOn(p -> p.severity() == Severity.ERROR).extracting(RenderProblem::toString)
                .contains("comment-resolution.adoc:4: 找不到引用的文件：missing.adoc", "part.adoc:3: 代码块没有结束（缺少结束的分隔行），其后的内容都被吞入这个块");
        assertThat(failure.getMessage()).startsWith("broken cannot be rendered").contains("comment-resolution.adoc:4");
    }

    @Test
    void needsATitleButNoStandardMetadata(AsciidoctorStandardRenderer renderer) {
        SourceFiles files = TestSources.of("untitled", Map.of("note.adoc", ":doc-header: WH/T 201—2024\n\n正文。\n"));
        RenderFailedException failure = catchThrowableOfType(RenderFailedException.class,
                () -> renderer.renderDocument(files, "note.adoc"));
        assertThat(failure.problems()).extracting(RenderProblem::toString)
                .containsExactly("note.adoc:1: 缺少文档标题（第一行应为“= 文档标题”）");
    }

    @Test
    void pageLayoutIsPortraitOrLandscape(AsciidoctorStandardRenderer renderer) {
        SourceFiles files = TestSources.of("layout", Map.of("table.adoc", "= 汇总表\n:doc-header: 页眉\n:page-layout: sideways\n\n正文。\n"));
        RenderFailedException failure = catchThrowableOfType(RenderFailedException.class,
                () -> renderer.renderDocument(files, "table.adoc"));
        assertThat(failure.problems()).extracting(RenderProblem::toString)
                .containsExactly("table.adoc:3: 页面方向“sideways”不对，:page-layout: 只能是 portrait（纵向）或 landscape（横向）");
    }

    @Test
    void missingMainFileFails(AsciidoctorStandardRenderer renderer) {
        RenderFailedException failure = catchThrowableOfType(RenderFailedException.class,
                () -> renderer.renderDocument(TestSources.fixture("committee"), "minutes.adoc"));
        assertThat(failure.problems()).extracting(RenderProblem::message).containsExactly("找不到主文件 minutes.adoc");
    }

    @Test
    void mainFileOutsideTheFolderIsRefusedBeforeAnythingIsRead(AsciidoctorStandardRenderer renderer) {
        SourceFiles files = TestSources.fixture("hostile");
        for (String outside : new String[] {"../other/secret.adoc", "/etc/passwd", "file:///etc/passwd", "", null}) {
            RenderFailedException failure = catchThrowableOfType(RenderFailedException.class,
                    () -> renderer.renderDocument(files, outside));
            assertThat(failure).as("main file %s", outside).isNotNull();
            assertThat(failure.problems()).extracting(RenderProblem::message).singleElement().asString()
                    .startsWith("不允许的主文件");
        }
    }

    @Test
    void aStandardStillNeedsItsMetadata(AsciidoctorStandardRenderer renderer) {
        SourceFiles files = TestSources.of("note-as-standard", Map.of(SourceFiles.MAIN, "= 编制说明\n\n== 工作简况\n\n正文。\n"));
        RenderFailedException failure = catchThrowableOfType(RenderFailedException.class, () -> renderer.render(files));
        assertThat(failure.problems()).extracting(RenderProblem::message).contains("缺少必需的文档属性 :std-number:");
    }
}
