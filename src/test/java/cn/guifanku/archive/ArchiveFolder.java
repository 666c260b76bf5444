package cn.guifanku.archive;

import cn.guifanku.render.StandardMetadata;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Dev tool: archives every PDF of a folder with made-up facts into folder/pdfa/, then prints veraPDF's report. */
public class ArchiveFolder {
    public static void main(String[] args) throws Exception {
        PdfArchiver archiver = new PdfArchiver();
        Path out = Files.createDirectories(Path.of(args[0], "pdfa"));
        StandardMetadata m = new StandardMetadata("WH/T 201—2024", "公共图书馆读者服务规范", "Reader services", "中华人民共和国文化行业标准",
                "01.140.20", "A14", LocalDate.of(2024, 3, 15), LocalDate.of(2024, 7, 1), List.of("WH/T 201—2019"),
                "中华人民共和国文化和旅游部", "p", "全国图书馆标准化技术委员会（SAC/TC 389）", "d");
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
                Files.write(out.resolve(p.getFileName()), archiver.archive(Files.readAllBytes(p), new ArchivalFacts(m, "wh-t-201/2024", "0".repeat(40))));
            }
        }
        ValidateFolder.main(new String[] {out.toString()});
    }
}
