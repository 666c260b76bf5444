package cn.guifanku.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.guifanku.web.Problem;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockMultipartFile;

/**
 * The one rule for a draft's text, whichever way it comes in (upload, the editor's form, the API): what passes, and
 * what each refusal says, with its status and line.
 */
class DraftTextTest {

    static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    static MockMultipartFile file(byte[] bytes) {
        return new MockMultipartFile("upload", "draft.adoc", "text/plain", bytes);
    }

    /** The refusal: its status and its detail in Chinese. */
    static String refusal(int status, Executable action) {
        Problem problem = catchThrowableOfType(Problem.class, () -> {
            try {
                action.execute();
            } catch (Throwable e) {
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
        });
        assertThat(problem).as("refused").isNotNull();
        assertThat(problem.getStatusCode().value()).isEqualTo(status);
        return problem.updateAndGetBody(MESSAGES, Locale.SIMPLIFIED_CHINESE).getDetail();
    }

    @Test
    void acceptsUtf8AsciiDocAndDropsAByteOrderMark() {
        String text = "\uFEFF// 注释\n= 图书馆无障碍服务规范\n:std-number: WH/T 0—2026\n";
        assertThat(ProposalPageController.uploaded(file(text.getBytes(StandardCharsets.UTF_8))))
                .startsWith("// 注释\n= 图书馆无障碍服务规范");
        assertThat(DraftText.check("annex-a.adoc", "[appendix]\n== 附录\n")).as("a part needs no title").startsWith("[appendix]");
    }

    @Test
    void refusesAnEmptyFileWith422() {
        assertThat(refusal(422, () -> ProposalPageController.uploaded(file(new byte[0])))).contains("文件为空");
        assertThat(refusal(422, () -> ProposalPageController.uploaded(null))).contains("请选择");
        assertThat(refusal(422, () -> DraftText.check(Drafts.STANDARD, " \n\n "))).contains("standard.adoc").contains("空");
    }

    @Test
    void refusesTextThatIsNotUtf8With415AndItsLine() {
        byte[] gbk = "= 图书馆无障碍服务规范\n\n图书馆\n".getBytes(Charset.forName("GBK"));
        assertThat(refusal(415, () -> ProposalPageController.uploaded(file(gbk)))).contains("第 1 行").contains("UTF-8");
        // what a page form makes of bytes that are not UTF-8
        assertThat(refusal(415, () -> DraftText.check(Drafts.STANDARD, "= 标题\n\n正文\uFFFD\n"))).contains("第 3 行");
        assertThat(refusal(415, () -> DraftText.check(Drafts.STANDARD, "= 标题\n\u0000\n"))).contains("U+0000");
    }

    @Test
    void refusesAFileThatIsNotAnAsciiDocStandardWith422() {
        assertThat(refusal(422, () -> ProposalPageController.uploaded(file("<html><body>x</body></html>"
                .getBytes(StandardCharsets.UTF_8))))).contains("不像 AsciiDoc").contains("第 1 行");
        assertThat(refusal(415, () -> ProposalPageController.uploaded(file(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2}))))
                .contains("UTF-8");
    }

    @Test
    void refusesMoreThanFiveMegabytesWith413() {
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThat(refusal(413, () -> ProposalPageController.uploaded(file(big)))).contains("5 MB");
        String text = "= 标题\n" + "标".repeat(1_800_000); // 5.4 MB of UTF-8, 1.8 million characters
        assertThat(refusal(413, () -> DraftText.check(Drafts.STANDARD, text))).contains("5.1 MB").contains("5 MB");
    }
}
