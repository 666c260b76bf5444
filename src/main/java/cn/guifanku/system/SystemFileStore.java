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

    /** The file to edit: the one on main, or, in an installation that has none yet, a first skeleton to fill in. */
    Loaded loadOrStart() {
        return load().orElseGet(() -> new Loaded(content.resolve(ContentRepository.MAIN).orElse(""), STARTER));
    }

    static final String STARTER = """
            # 标准体系表（参照 GB/T 13016）。每个类目：code（体系编号）、name（名称），可有 entries 和 categories（下级类目）。
            # 标准项：standard（已发布标准的编号，不含年份）或 planned（待制定标准的名称，可加 number、note）。
            title: 标准体系表
            categories:
              - code: "1"
                name: 基础通用
                entries:
                  - planned: 术语
            """;

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
        String base = baseRevision == null || baseRevision.isBlank() ? null : baseRevision;
        return content.commit(new CommitRequest(ContentRepository.MAIN, base, SystemFile.FOLDER,
                Map.of(SystemFile.FILE, normalised.getBytes(StandardCharsets.UTF_8)), author, OffsetDateTime.now(clock),
                message == null || message.isBlank() ? "修改标准体系表" : message.strip(), Map.of()));
    }

    record Loaded(String revision, String text) {
    }
}
