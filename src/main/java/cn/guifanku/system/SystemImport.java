package cn.guifanku.system;

import cn.guifanku.content.Author;
import cn.guifanku.content.CommitRequest;
import cn.guifanku.content.ContentMigration;
import cn.guifanku.content.ContentProperties;
import cn.guifanku.content.ContentRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Content migration V2: adds the 标准体系表 ({@code standards/体系表.yaml} in the source tree) to the repository as
 * {@code 体系表/体系表.yaml}, one commit on main, for new installations and existing ones alike. V1's commits are not
 * touched; an installation that already has the file (edited by its secretariat) keeps it.
 */
@Component
class SystemImport implements ContentMigration {

    static final Author IMPORTER = new Author("规范库样例导入", "samples@guifanku.invalid");
    static final String SOURCE = "体系表.yaml";
    /** A fixed date, so that the same history gives the same commit everywhere. */
    private static final OffsetDateTime WHEN = OffsetDateTime.of(2026, 11, 25, 0, 0, 0, 0, ZoneOffset.ofHours(8));

    private final ContentProperties properties;

    SystemImport(ContentProperties properties) {
        this.properties = properties;
    }

    @Override
    public int version() {
        return 2;
    }

    @Override
    public String description() {
        return "导入标准体系表";
    }

    @Override
    public void apply(ContentRepository repository) {
        String head = repository.resolve(ContentRepository.MAIN).orElse(null);
        if (head != null && repository.readFile(head, SystemFile.PATH).isPresent()) {
            return;
        }
        java.util.Optional<byte[]> found = source();
        if (found.isEmpty()) {
            // An installation started without sample standards starts without a 体系表 too; the secretariat creates it.
            return;
        }
        byte[] file = found.get();
        SystemFileParser.parse(new String(file, java.nio.charset.StandardCharsets.UTF_8));
        repository.commit(new CommitRequest(ContentRepository.MAIN, head, SystemFile.FOLDER,
                Map.of(SystemFile.FILE, file), IMPORTER, WHEN, "导入标准体系表", Map.of()));
    }

    /** The first {@code 体系表.yaml} found at the sample locations, if there is one. */
    java.util.Optional<byte[]> source() {
        var resolver = new PathMatchingResourcePatternResolver();
        try {
            for (String location : properties.samples()) {
                for (Resource resource : resolver.getResources(location + SOURCE)) {
                    if (resource.isReadable()) {
                        try (var in = resource.getInputStream()) {
                            return java.util.Optional.of(in.readAllBytes());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Optional.empty();
    }
}
