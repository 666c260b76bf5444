package cn.guifanku.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Content migration V1: imports the sample standards ({@code standards/<slug>/<edition>/…} in the source tree)
 * into the repository, one commit per edition in the order they were issued, each dated on its issue date and
 * carrying an {@code Edition: <slug>/<edition>} trailer so that publication finds it. Fixed dates and author make
 * the commits, and so the renders, identical on every installation.
 */
@Component
class SampleImport implements ContentMigration {

    static final String EDITION_TRAILER = "Edition";
    static final Author IMPORTER = new Author("规范库样例导入", "samples@guifanku.invalid");
    private static final Pattern PATH = Pattern.compile(".*/standards/([a-z0-9][a-z0-9.-]*)/([0-9]{4}[a-z]?)/(.+)$");
    private static final Pattern ISSUED = Pattern.compile("(?m)^:std-issued:\\s*(\\d{4}-\\d{2}-\\d{2})\\s*$");
    private static final Pattern NUMBER = Pattern.compile("(?m)^:std-number:\\s*(.+?)\\s*$");
    private static final Pattern TITLE = Pattern.compile("(?m)^= (.+?)\\s*$");
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private final ContentProperties properties;

    SampleImport(ContentProperties properties) {
        this.properties = properties;
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String description() {
        return "导入样例标准";
    }

    @Override
    public void apply(ContentRepository repository) {
        Set<String> done = new HashSet<>();
        repository.history(ContentRepository.MAIN, null, Integer.MAX_VALUE)
                .forEach(r -> Optional.ofNullable(r.trailers().get(EDITION_TRAILER)).ifPresent(done::add));
        editions().values().stream()
                .sorted(Comparator.comparing(SampleEdition::issued).thenComparing(SampleEdition::key))
                .filter(e -> !done.contains(e.key()))
                .forEach(e -> repository.commit(new CommitRequest(ContentRepository.MAIN,
                        repository.resolve(ContentRepository.MAIN).orElse(null), e.slug(), e.files(), IMPORTER,
                        e.issued().atStartOfDay().atOffset(BEIJING), "导入 " + e.title(),
                        Map.of(EDITION_TRAILER, e.key()))));
    }

    /** The sample editions found on the classpath, by {@code slug/edition}. */
    Map<String, SampleEdition> editions() {
        Map<String, Map<String, byte[]>> files = new TreeMap<>();
        try {
            var resolver = new PathMatchingResourcePatternResolver();
            for (String location : properties.samples()) {
              for (Resource resource : resolver.getResources(location + "**/*")) {
                Matcher m = PATH.matcher(resource.getURL().toString());
                if (resource.isReadable() && m.matches()) {
                    try (var in = resource.getInputStream()) {
                        files.computeIfAbsent(m.group(1) + "/" + m.group(2), k -> new TreeMap<>())
                                .put(m.group(3), in.readAllBytes());
                    }
                }
              }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, SampleEdition> editions = new LinkedHashMap<>();
        files.forEach((key, content) -> editions.put(key, SampleEdition.of(key, content)));
        return editions;
    }

    record SampleEdition(String key, String slug, LocalDate issued, String title, Map<String, byte[]> files) {

        static SampleEdition of(String key, Map<String, byte[]> files) {
            byte[] main = files.get("standard.adoc");
            if (main == null) {
                throw new IllegalStateException("Sample " + key + " has no standard.adoc");
            }
            String text = new String(main, StandardCharsets.UTF_8);
            Matcher issued = ISSUED.matcher(text);
            // An edition without a readable issue date is still imported (dated 1970) so that publication can
            // report its real problems with line numbers, instead of the import failing for everyone.
            LocalDate date = issued.find() ? LocalDate.parse(issued.group(1)) : LocalDate.EPOCH;
            Matcher number = NUMBER.matcher(text);
            Matcher title = TITLE.matcher(text);
            String label = (number.find() ? number.group(1) + " " : key + " ") + (title.find() ? title.group(1) : "");
            return new SampleEdition(key, key.substring(0, key.indexOf('/')), date, label.strip(), files);
        }
    }
}
