package cn.guifanku.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SystemFileParserTest {

    static final String SMALL = """
            title: 测试体系表
            categories:
              - code: "1"
                name: 基础通用
                entries:
                  - planned: 图书馆术语
                    code: "1-01"
                    number: WH/T 300
                    note: 统一术语
                categories:
                  - code: "1.1"
                    name: 标识
                    entries:
                      - standard: WH/T 201
                      - planned: 导向系统
              - code: "2"
                name: 读者服务
            """;

    @Test
    void acceptsTheSkeletonOfferedToAnInstallationWithoutATable() {
        SystemFile file = SystemFileParser.parse(SystemFileStore.STARTER);
        assertThat(file.allCategories()).extracting(SystemFile.Node::name).containsExactly("基础通用");
    }

    @Test
    void readsTheTreeWithEntriesAndGeneratesMissingEntryCodes() {
        SystemFile file = SystemFileParser.parse(SMALL);

        assertThat(file.title()).isEqualTo("测试体系表");
        assertThat(file.allCategories()).extracting(SystemFile.Node::code).containsExactly("1", "1.1", "2");
        SystemFile.Node sub = file.allCategories().get(1);
        assertThat(sub.entries()).extracting(SystemFile.Entry::code).containsExactly("1.1-01", "1.1-02");
        assertThat(sub.entries().get(0).slug()).isEqualTo("wh-t-201");
        assertThat(sub.entries().get(1).isPlanned()).isTrue();
        SystemFile.Entry planned = file.categories().get(0).entries().get(0);
        assertThat(planned).extracting(SystemFile.Entry::planned, SystemFile.Entry::number, SystemFile.Entry::note)
                .containsExactly("图书馆术语", "WH/T 300", "统一术语");
    }

    @Test
    void acceptsTheSampleSystemInTheSourceTree() throws IOException {
        SystemFile file = SystemFileParser.parse(Files.readString(Path.of("standards", "体系表.yaml"), StandardCharsets.UTF_8));

        assertThat(file.categories()).extracting(SystemFile.Node::name).containsExactly("基础通用", "资源建设", "编目与元数据",
                "读者服务", "古籍保护", "数字图书馆与技术", "管理与评价", "人员与职业能力");
        assertThat(file.allCategories().stream().flatMap(n -> n.entries().stream()).filter(e -> !e.isPlanned())
                .map(SystemFile.Entry::slug)).containsExactlyInAnyOrder("wh-t-201", "wh-t-202", "wh-t-203");
        assertThat(file.allCategories().stream().flatMap(n -> n.entries().stream()).filter(SystemFile.Entry::isPlanned))
                .hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void refusesADuplicateCodeNamingBothLines() {
        String text = SMALL.replace("code: \"1.1\"", "code: \"1.1\"").replace("- planned: 导向系统", "- planned: 导向系统\n            code: \"1-01\"");

        assertThatThrownBy(() -> SystemFileParser.parse(text)).isInstanceOf(SystemFileException.class)
                .hasMessageContaining("体系编号“1-01”重复（第一次在第 6 行）")
                .satisfies(e -> assertThat(((SystemFileException) e).line()).isEqualTo(15));
    }

    @Test
    void refusesAnUnknownKeyWithItsLine() {
        assertThatThrownBy(() -> SystemFileParser.parse(SMALL.replace("    note: 统一术语", "    notes: 统一术语")))
                .isInstanceOf(SystemFileException.class).hasMessageContaining("未知的键“notes”")
                .satisfies(e -> assertThat(((SystemFileException) e).explanation()).startsWith("第 9 行："));
    }

    @Test
    void refusesAnEntryWithNeitherOrBothOfNumberAndPlannedTitle() {
        assertThatThrownBy(() -> SystemFileParser.parse(SMALL.replace("- standard: WH/T 201", "- note: 无名")))
                .isInstanceOf(SystemFileException.class).hasMessageContaining("二者取一");
        assertThatThrownBy(() -> SystemFileParser.parse(SMALL.replace("- standard: WH/T 201",
                "- standard: WH/T 201\n            planned: 另一个"))).hasMessageContaining("二者取一");
    }

    @Test
    void refusesTheSameStandardTwice() {
        assertThatThrownBy(() -> SystemFileParser.parse(SMALL.replace("- planned: 导向系统", "- standard: WH/T 201")))
                .isInstanceOf(SystemFileException.class).hasMessageContaining("标准 WH/T 201 重复列出");
    }

    @Test
    void refusesANumberWithItsYearAndASubCategoryOutsideItsParent() {
        assertThatThrownBy(() -> SystemFileParser.parse(SMALL.replace("WH/T 201", "WH/T 201—2024")))
                .hasMessageContaining("不含年份");
        assertThatThrownBy(() -> SystemFileParser.parse(SMALL.replace("code: \"1.1\"", "code: \"2.1\"")))
                .hasMessageContaining("与上级类目“1”不一致");
    }

    @Test
    void refusesBrokenYamlAndDuplicateKeysWithTheLine() {
        assertThatThrownBy(() -> SystemFileParser.parse(SMALL.replace("    name: 标识", "    name: [标识")))
                .isInstanceOf(SystemFileException.class).hasMessageStartingWith("YAML 格式错误")
                .satisfies(e -> assertThat(((SystemFileException) e).line()).isGreaterThan(10));
        assertThatThrownBy(() -> SystemFileParser.parse(SMALL.replace("    name: 基础通用", "    name: 基础通用\n    name: 再来")))
                .isInstanceOf(SystemFileException.class).satisfies(e -> assertThat(((SystemFileException) e).line()).isEqualTo(5));
    }

    @Test
    void refusesAnEmptyFileAndOneWithoutCategories() {
        assertThatThrownBy(() -> SystemFileParser.parse("  \n")).hasMessageContaining("为空");
        assertThatThrownBy(() -> SystemFileParser.parse("title: 空\n")).hasMessageContaining("至少应有一个类目");
        assertThatThrownBy(() -> SystemFileParser.parse("- 一\n- 二\n")).hasMessageContaining("映射");
    }
}
