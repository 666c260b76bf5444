package cn.guifanku.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StandardNumberTest {

    @ParameterizedTest
    @CsvSource({
            "WH/T 87.1—2019, wh-t-87.1, 2019, WH/T 87.1",
            "WH/T 201—2024, wh-t-201, 2024, WH/T 201",
            "GB/T 7714—2015, gb-t-7714, 2015, GB/T 7714",
            "T/LSC 3—2022, t-lsc-3, 2022, T/LSC 3",
            "GB 5749—2022, gb-5749, 2022, GB 5749"})
    void derivesSlugEditionAndDesignation(String number, String slug, String edition, String designation) {
        StandardNumber parsed = StandardNumber.parse(number);
        assertThat(parsed.slug()).isEqualTo(slug);
        assertThat(parsed.editionKey()).isEqualTo(edition);
        assertThat(parsed.designation()).isEqualTo(designation);
        assertThat(parsed.toString()).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"WH/T 201-2024", "WH/T 201", "201—2024", "WH/T ../x—2024", "WH/T ..—2024", ""})
    void rejectsNumbersNotWrittenAsGbt11Says(String number) {
        assertThatThrownBy(() -> StandardNumber.parse(number)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("标准编号格式不正确");
    }
}
