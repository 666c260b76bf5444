package cn.guifanku.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IncludeSelectionTest {

    private static final String FILE = "one\ntwo\n// tag::terms[]\nthree\nfour\n// end::terms[]\nfive";

    @Test
    void selectsLineRanges() {
        IncludeSelection selection = IncludeSelection.of(FILE, Map.of("lines", "2..4;7"));
        assertThat(selection.text()).isEqualTo("two\n// tag::terms[]\nthree\nfive");
        assertThat(selection.firstLine()).isEqualTo(2);
        assertThat(IncludeSelection.of(FILE, Map.of("lines", "6..-1")).text()).isEqualTo("// end::terms[]\nfive");
    }

    @Test
    void selectsTaggedRegionsWithoutTheirMarkers() {
        IncludeSelection selection = IncludeSelection.of(FILE, Map.of("tag", "terms"));
        assertThat(selection.text()).isEqualTo("three\nfour");
        assertThat(selection.firstLine()).isEqualTo(4);
    }

    @Test
    void includesEverythingWithoutOptions() {
        assertThat(IncludeSelection.of(FILE, Map.of()).text()).isEqualTo(FILE);
    }
}
