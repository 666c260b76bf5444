package cn.guifanku.system;

import cn.guifanku.content.Author;
import cn.guifanku.content.CommitRequest;
import cn.guifanku.content.ContentRepository;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The 体系表 file on main in the standards repository: read at the head, and saved as one commit with its author
 * after it was checked, compare-and-swap on the revision the editor loaded.
 */
@Component
class SystemFileStore {

    private final ContentRepository content;
    private final Clock clock;

    SystemFileStore(ContentRepository content, Clock clock) {
        this.content = content;
        this.clock = clock;
    }

    /** The file at main's head with that revision; empty before content migration V2 has run. */
    Optional<Loaded> load() {
        return content.resolve(ContentRepository.MAIN).flatMap(head -> content.readFile(head, SystemFile.PATH)
                .map(bytes -> new Loaded(head, new String(bytes, StandardCharsets.UTF_8))));
    }

    /**
     * Checks and commits an edit.
     *
     * @throws SystemFileException when the text is broken (nothing is committed)
     * @throws cn.guifanku.content.ConcurrentEditException when main moved past {@code baseRevision}
     * @return the new commit
     */
    String save(String text, String baseRevision, Author author, String message) {
        String normalised = text.replace("\r\n", "\n");
        SystemFileParser.parse(normalised);
        return content.commit(new CommitRequest(ContentRepository.MAIN, baseRevision, SystemFile.FOLDER,
                Map.of(SystemFile.FILE, normalised.getBytes(StandardCharsets.UTF_8)), author, OffsetDateTime.now(clock),
                message == null || message.isBlank() ? "修改标准体系表" : message.strip(), Map.of()));
    }

    record Loaded(String revision, String text) {
    }
}
