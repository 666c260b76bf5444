package cn.guifanku.proposal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Year;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The GB/T 1.1—2020 skeleton a new standard starts from, and the 编制说明 skeleton every draft gets. */
@Component
class DraftTemplates {

    private final Clock clock;

    DraftTemplates(Clock clock) {
        this.clock = clock;
    }

    String standard(String title) {
        return fill("proposal/standard-template.adoc", title);
    }

    String note(String title) {
        return fill("proposal/explanatory-note-template.adoc", title);
    }

    private String fill(String resource, String title) {
        try (var in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("{{title}}", title.strip()).replace("{{year}}", Year.now(clock).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
