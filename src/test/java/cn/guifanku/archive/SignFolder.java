package cn.guifanku.archive;

import cn.guifanku.render.StandardMetadata;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Dev tool: signs every PDF of folder/pdfa into folder/signed with a key in folder/key.p12, prints veraPDF's report. */
public class SignFolder {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        CommitteeKey key = CommitteeKeyFile.load(new SigningProperties(dir.resolve("key.p12"), "pw", true, "全国图书馆标准化技术委员会"), Clock.systemUTC());
        Files.writeString(dir.resolve("key.asc"), key.pgpPublicKey());
        Files.writeString(dir.resolve("cert.pem"), key.certificatePem());
        Path out = Files.createDirectories(dir.resolve("signed"));
        StandardMetadata m = new StandardMetadata("WH/T 201—2024", "公共图书馆读者服务规范", "Reader services", "中华人民共和国文化行业标准",
                "01.140.20", "A14", LocalDate.of(2024, 3, 15), LocalDate.of(2024, 7, 1), List.of("WH/T 201—2019"),
                "中华人民共和国文化和旅游部", "p", "全国图书馆标准化技术委员会（SAC/TC 389）", "d");
        try (var files = Files.list(dir.resolve("pdfa"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
                Files.write(out.resolve(p.getFileName()), new PadesSigner().sign(Files.readAllBytes(p),
                        new ArchivalFacts(m, "wh-t-201/2024", "0".repeat(40)), key, Instant.parse("2026-12-07T01:00:00Z")));
            }
        }
        ValidateFolder.main(new String[] {out.toString()});
    }
}
