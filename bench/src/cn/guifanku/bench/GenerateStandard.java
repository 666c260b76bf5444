package cn.guifanku.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Writes the generated large standard: {@code GenerateStandard <folder> <clauses> <table rows>}. */
public final class GenerateStandard {

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int clauses = Integer.parseInt(args[1]);
        int rows = Integer.parseInt(args[2]);
        Files.createDirectories(folder);
        String text = StandardText.standard("WH/T 9999—2026", "图书馆服务基准测试规范", LocalDate.of(2026, 1, 15),
                null, clauses, rows, 42);
        Files.writeString(folder.resolve("standard.adoc"), text, StandardCharsets.UTF_8);
        System.out.println(folder.resolve("standard.adoc") + ": " + text.length() + " characters");
    }
}
