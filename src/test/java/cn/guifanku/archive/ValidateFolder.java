package cn.guifanku.archive;

import java.nio.file.Files;
import java.nio.file.Path;

/** Dev tool: prints veraPDF's PDF/A-2u report for every PDF in a folder (the initial report of issue 20). */
public class ValidateFolder {
    public static void main(String[] args) throws Exception {
        PdfaValidation validation = new PdfaValidation();
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
                var report = validation.validate(Files.readAllBytes(p));
                System.out.println(p.getFileName() + ": " + (report.compliant() ? "compliant" : report.broken().size() + " rules broken"));
                report.broken().forEach(r -> System.out.println("  " + r));
            }
        }
    }
}
