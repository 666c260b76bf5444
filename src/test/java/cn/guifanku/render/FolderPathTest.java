package cn.guifanku.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FolderPathTest {

    @ParameterizedTest
    @CsvSource({
            "standard.adoc, terms.adoc, terms.adoc",
            "standard.adoc, ./annex/a.adoc, annex/a.adoc",
            "annex/a.adoc, table.csv, annex/table.csv",
            "annex/a.adoc, ../terms.adoc, terms.adoc",
            "annex/deep/a.adoc, ../../terms.adoc, terms.adoc",
    })
    void resolvesTargetsInsideTheFolderRelativeToTheIncludingFile(String including, String target, String expected) {
        assertThat(FolderPath.resolve(including, target)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../other/secret.adoc", "/etc/passwd", "https://example.com/a.adoc", "file:///etc/passwd",
            "C:/Windows/win.ini", "..\\secret.adoc", "~/secret.adoc", "a/../../secret.adoc", "", ".", "a\u0000.adoc"})
    void rejectsIncludeOutsideTheFolder(String target) {
        assertThat(FolderPath.resolve("standard.adoc", target)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../x.adoc", "../../../etc/passwd"})
    void rejectsEscapesFromASubfolder(String target) {
        assertThat(FolderPath.resolve("annex/a.adoc", target)).isEmpty();
    }
}
