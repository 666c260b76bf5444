package cn.guifanku.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Times the project's own renderer ({@link AsciidoctorStandardRenderer}, with its theme, fonts and extensions) on
 * standards in folders. {@code RenderBench cold <folder>} prints the first HTML and full render of a fresh JVM;
 * {@code RenderBench warm <warmup> <reps> <folder>…} renders each document {@code warmup} times, then {@code reps}
 * times, and prints one line per timing: {@code doc kind millis}. Kinds: html ({@link StandardRenderer#renderHtml}),
 * full ({@link StandardRenderer#render}: header, HTML and PDF, what publication runs), pdf (full minus html).
 */
public final class RenderBench {

    public static void main(String[] args) {
        long jvmStart = System.nanoTime();
        try (AsciidoctorStandardRenderer renderer = new AsciidoctorStandardRenderer()) {
            long ready = System.nanoTime();
            if (args[0].equals("cold")) {
                Folder doc = new Folder(Path.of(args[1]));
                long t0 = System.nanoTime();
                renderer.renderHtml(doc);
                long t1 = System.nanoTime();
                RenderedStandard out = renderer.render(doc);
                long t2 = System.nanoTime();
                if (args.length > 2) {
                    try {
                        Files.write(Path.of(args[2]), out.pdf());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                System.out.printf("%s runtime %.1f%n", doc.label(), (t1 - jvmStart) / 1e6);
                System.out.printf("%s html %.1f%n", doc.label(), (t1 - t0) / 1e6);
                System.out.printf("%s full %.1f%n", doc.label(), (t2 - t1) / 1e6);
                return;
            }
            int warmup = Integer.parseInt(args[1]);
            int reps = Integer.parseInt(args[2]);
            List<Folder> docs = new ArrayList<>();
            for (int i = 3; i < args.length; i++) {
                docs.add(new Folder(Path.of(args[i])));
            }
            for (Folder doc : docs) {
                for (int i = 0; i < warmup; i++) {
                    renderer.render(doc);
                }
                for (int i = 0; i < reps; i++) {
                    long t0 = System.nanoTime();
                    renderer.renderHtml(doc);
                    long t1 = System.nanoTime();
                    RenderedStandard out = renderer.render(doc);
                    long t2 = System.nanoTime();
                    System.out.printf("%s html %.1f%n", doc.label(), (t1 - t0) / 1e6);
                    System.out.printf("%s full %.1f%n", doc.label(), (t2 - t1) / 1e6);
                    System.out.printf("%s pdf %.1f%n", doc.label(), ((t2 - t1) - (t1 - t0)) / 1e6);
                    if (i == 0) {
                        System.out.printf("%s bytes-pdf %d%n", doc.label(), out.pdf().length);
                    }
                }
            }
        }
    }

    /** A standard's folder on disk. */
    record Folder(Path root) implements SourceFiles {
        @Override
        public String label() {
            return root.getParent().getFileName() + "/" + root.getFileName();
        }

        @Override
        public Optional<String> read(String relativePath) {
            Path file = root.resolve(relativePath).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
