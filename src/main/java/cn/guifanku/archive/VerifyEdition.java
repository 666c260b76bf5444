package cn.guifanku.archive;

import cn.guifanku.render.RenderedStandard;
import cn.guifanku.render.SourceFiles;
import cn.guifanku.render.StandaloneRenderer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The verify command: re-renders an edition from the folder checked out at its tag, in a clean folder, with this
 * build's renderer, makes it PDF/A as publication does, and compares the bytes with the published file's bytes before
 * the signature's incremental update; then verifies the signature separately ({@link PdfSignatureCheck}). A library
 * holds no signing key, so this is what it can check: that the committee's file is the source at the tag, rendered.
 *
 * <pre>
 * java … cn.guifanku.archive.VerifyEdition --folder DIR --tag wh-t-201/2024 --commit SHA --pdf 2024.pdf
 *     [--certificate committee.pem] [--renderer "version recorded in the tag"]
 * </pre>
 * Exit status 0: the file is the re-rendered edition and its signature is valid; 1: it is not (the report says where
 * it differs); 2: wrong arguments. {@code scripts/verify-edition.sh} runs it after cloning and checking the tag.
 */
public final class VerifyEdition {

    private VerifyEdition() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** Runs the command with a renderer of its own, printing the report; returns the exit status. */
    public static int run(String[] args, PrintStream out) {
        try (StandaloneRenderer.Closeable renderer = StandaloneRenderer.open()) {
            return run(args, out, renderer::render);
        }
    }

    /** Runs the command with the given renderer (the application's, in tests), printing the report. */
    public static int run(String[] args, PrintStream out, java.util.function.Function<SourceFiles, RenderedStandard> renderer) {
        Map<String, String> options = options(args);
        for (String required : new String[] {"folder", "tag", "commit", "pdf"}) {
            if (!options.containsKey(required)) {
                out.println("usage: VerifyEdition --folder DIR --tag TAG --commit SHA --pdf FILE [--certificate PEM] [--renderer VERSION]");
                return 2;
            }
        }
        try {
            byte[] published = Files.readAllBytes(Path.of(options.get("pdf")));
            String mine = RendererVersion.current().value();
            String recorded = options.get("renderer");
            out.println("renderer: " + mine);
            if (recorded != null && !recorded.equals(mine)) {
                out.println("warning: the edition was rendered by " + recorded
                        + "; a different renderer may lay it out differently: run the verify command of that release");
            }
            RenderedStandard rendered = renderer.apply(folder(Path.of(options.get("folder")), options.get("tag")));
            byte[] expected = new PdfArchiver().archive(rendered.pdf(),
                    new ArchivalFacts(rendered.metadata(), options.get("tag"), options.get("commit")));
            boolean match = compare(expected, published, out);
            boolean signed = PdfSignatureCheck.check(published, expected.length,
                    Optional.ofNullable(options.get("certificate")).map(Path::of).orElse(null), out);
            out.println(match && signed ? "VERIFIED: " + options.get("pdf") + " is " + options.get("tag")
                    + " rendered from its tag, signed by the committee" : "NOT VERIFIED");
            return match && signed ? 0 : 1;
        } catch (IOException | RuntimeException e) {
            out.println("NOT VERIFIED: " + e.getMessage());
            return 1;
        }
    }

    /** Whether the published file begins with the re-rendered bytes; says where they first differ if not. */
    static boolean compare(byte[] expected, byte[] published, PrintStream out) {
        int length = Math.min(expected.length, published.length);
        for (int i = 0; i < length; i++) {
            if (expected[i] != published[i]) {
                out.println("MISMATCH: the published file differs from the re-render at byte " + i + " (of "
                        + expected.length + " re-rendered bytes)");
                return false;
            }
        }
        if (published.length < expected.length) {
            out.println("MISMATCH: the published file is shorter (" + published.length + " bytes) than the re-render ("
                    + expected.length + " bytes)");
            return false;
        }
        out.println("MATCH: the first " + expected.length + " bytes of the published file are the re-rendered edition"
                + " (the remaining " + (published.length - expected.length) + " bytes are the signature's update)");
        return true;
    }

    private static SourceFiles folder(Path root, String tag) {
        Path base = root.toAbsolutePath().normalize();
        return new SourceFiles() {
            @Override
            public String label() {
                return tag;
            }

            @Override
            public Optional<String> read(String relativePath) {
                if (!cn.guifanku.render.FolderAtRevision.isInside(relativePath)) {
                    return Optional.empty();
                }
                Path file = base.resolve(relativePath).normalize();
                try {
                    return file.startsWith(base) && Files.isRegularFile(file)
                            ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
                } catch (IOException e) {
                    return Optional.empty();
                }
            }

            @Override
            public Optional<byte[]> readBytes(String relativePath) {
                if (!cn.guifanku.render.FolderAtRevision.isInside(relativePath)) {
                    return Optional.empty();
                }
                Path file = base.resolve(relativePath).normalize();
                try {
                    return file.startsWith(base) && Files.isRegularFile(file)
                            ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
        };
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].startsWith("--")) {
                options.put(args[i].substring(2), args[i + 1]);
            }
        }
        return options;
    }
}
