package cn.guifanku.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@link SourceFiles} for tests: from a map, or from a folder (on disk or under src/test/resources/render). */
final class TestSources {

    private TestSources() {
    }

    static SourceFiles of(String label, Map<String, String> files) {
        Map<String, String> copy = new LinkedHashMap<>(files);
        return new SourceFiles() {
            @Override
            public String label() {
                return label;
            }

            @Override
            public Optional<String> read(String relativePath) {
                return Optional.ofNullable(copy.get(relativePath));
            }
        };
    }

    /** A standard.adoc made of a valid header followed by {@code body}. */
    static SourceFiles document(String body, Map<String, String> otherFiles) {
        Map<String, String> files = new LinkedHashMap<>(otherFiles);
        files.put(SourceFiles.MAIN, HEADER + "\n" + body);
        return of("test", files);
    }

    static SourceFiles document(String body) {
        return document(body, Map.of());
    }

    static SourceFiles fixture(String name) {
        try {
            return folder(Path.of(TestSources.class.getResource("/render/" + name).toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static SourceFiles folder(Path root) {
        Path base = root.toAbsolutePath().normalize();
        return new SourceFiles() {
            @Override
            public String label() {
                return base.getFileName().toString();
            }

            @Override
            public Optional<String> read(String relativePath) {
                return readBytes(relativePath).map(bytes -> new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            }

            @Override
            public Optional<byte[]> readBytes(String relativePath) {
                Path file = base.resolve(relativePath).normalize();
                if (!file.startsWith(base) || !Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    static final String HEADER = """
            = 测试规范
            :std-number: T/LSC 3—2022
            :std-type: 中国图书馆学会团体标准
            :std-title-en: Test specification
            :std-ics: 01.140.20
            :std-ccs: A14
            :std-issued: 2022-01-10
            :std-effective: 2022-03-01
            :std-issuer: 中国图书馆学会
            :doctype: book
            :sectnums:
            :toc:
            """;

    /** "file:line" of each warning whose message contains {@code messagePart}. */
    static java.util.List<String> warningLines(java.util.List<RenderProblem> warnings, String messagePart) {
        return warnings.stream().filter(w -> w.message().contains(messagePart)).map(w -> w.file() + ":" + w.line()).toList();
    }
}
