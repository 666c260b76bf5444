package cn.guifanku.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/** What an editor may upload as a draft, and what they are told when it is not that. */
class DraftUploadTest {

    static MockMultipartFile file(byte[] bytes) {
        return new MockMultipartFile("upload", "draft.adoc", "text/plain", bytes);
    }

    @Test
    void acceptsUtf8AsciiDocAndDropsAByteOrderMark() {
        String text = "\uFEFF= 图书馆无障碍服务规范\n:std-number: WH/T 0—2026\n";
        assertThat(ProposalPageController.uploaded(file(text.getBytes(StandardCharsets.UTF_8))))
                .startsWith("= 图书馆无障碍服务规范");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> ProposalPageController.uploaded(file(new byte[0]))).hasMessageContaining("文件为空");
        assertThatThrownBy(() -> ProposalPageController.uploaded(null)).hasMessageContaining("请选择");
    }

    @Test
    void refusesTextThatIsNotUtf8() {
        byte[] gbk = "= 图书馆无障碍服务规范\n".getBytes(Charset.forName("GBK"));
        assertThatThrownBy(() -> ProposalPageController.uploaded(file(gbk))).hasMessageContaining("不是 UTF-8");
    }

    @Test
    void refusesAFileThatIsNotAnAsciiDocStandard() {
        assertThatThrownBy(() -> ProposalPageController.uploaded(file("<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("不像 AsciiDoc");
        assertThatThrownBy(() -> ProposalPageController.uploaded(file(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2})))
                .hasMessageContaining("UTF-8");
    }

    @Test
    void refusesMoreThanFiveMegabytes() {
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThatThrownBy(() -> ProposalPageController.uploaded(file(big))).hasMessageContaining("5 MB");
    }
}
