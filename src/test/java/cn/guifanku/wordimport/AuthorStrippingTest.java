package cn.guifanku.wordimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** The Word file kept beside a proposal does not say who wrote it, and still says what it said. */
class AuthorStrippingTest {

    @Test
    void removesTheAuthorsFromThePropertiesAndTheComments() throws IOException {
        WordDocuments d = new WordDocuments();
        d.doc.getProperties().getCoreProperties().setCreator("张三");
        d.doc.getProperties().getCoreProperties().setLastModifiedByUser("李四");
        d.doc.getProperties().getExtendedProperties().getUnderlyingProperties().setCompany("某图书馆");
        var comment = d.doc.createComments().createComment(BigInteger.ONE);
        comment.setAuthor("王五");
        comment.setInitials("WW");
        comment.createParagraph().createRun().setText("请核对");
        d.paragraph("本文件规定了开放时间。");

        byte[] stripped = AuthorStripping.strip(d.bytes());

        try (XWPFDocument kept = new XWPFDocument(new ByteArrayInputStream(stripped))) {
            assertThat(kept.getProperties().getCoreProperties().getCreator()).isNullOrEmpty();
            assertThat(kept.getProperties().getCoreProperties().getLastModifiedByUser()).isNullOrEmpty();
            assertThat(kept.getProperties().getExtendedProperties().getUnderlyingProperties().isSetCompany()).isFalse();
            assertThat(kept.getDocComments().getComments()).singleElement().satisfies(c -> {
                assertThat(c.getAuthor()).isEmpty();
                assertThat(c.getText()).isEqualTo("请核对");
            });
            assertThat(kept.getParagraphs().get(0).getText()).isEqualTo("本文件规定了开放时间。");
        }
    }
}
