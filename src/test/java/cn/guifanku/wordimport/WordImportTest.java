package cn.guifanku.wordimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A Word document becomes our template's AsciiDoc: what each construct of a standard in Word is written as. */
class WordImportTest {

    static final WordImport IMPORT = new WordImport(WordImportLimits.DEFAULTS,
            Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC));

    static ImportedDraft convert(WordDocuments d) {
        return IMPORT.convert(d.bytes());
    }

    @Test
    void printSample() {
        ImportedDraft draft = convert(SampleStandard.build());
        System.out.println(draft.standard());
        draft.report().forEach(System.out::println);
        assertThat(draft.standard()).startsWith("= 图书馆无障碍服务规范\n");
    }
}
