package cn.guifanku.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.postgres.MigratedDatabases.Vendor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The scripts on an embedded (H2) installation: H2 keeps its file locked while the application runs, so a backup is
 * taken only when it is stopped, and restored into an empty data folder.
 */
class EmbeddedBackupTest {

    @Test
    void stoppedEmbeddedInstallationIsBackedUpAndRestoredAndARunningOneIsRefused(@TempDir Path data,
            @TempDir Path backups, @TempDir Path restored) throws Exception {
        String url = "jdbc:h2:file:" + data.resolve("db/guifanku") + ";AUTO_SERVER=FALSE";
        var db = new DriverManagerDataSource(url, "sa", "");
        Vendor.H2.flyway(db, "latest").migrate();
        JdbcClient.create(db).sql("insert into standard (slug, designation) values ('wh-t-201', 'WH/T 201')").update();
        Files.createDirectories(data.resolve("artifacts/ab"));
        Files.writeString(data.resolve("artifacts/ab/ab12"), "rendered", StandardCharsets.UTF_8);
        bash("""
                set -e; cd "$1"; git init -q work; cd work; echo '= 标准' > standard.adoc; git add .
                git -c user.name=t -c user.email=t@example.invalid commit -qm 导入; git branch -M main
                git -c user.name=t -c user.email=t@example.invalid tag -a wh-t-201/2024 -m 发布; cd ..
                git clone -q --bare work content.git; rm -rf work""", data.toString());

        try (Connection running = db.getConnection()) {
            BackupAndRestoreTest.Result refused = script("backup.sh", "--embedded", "--data-dir", data.toString(),
                    "--output", backups.toString());
            assertThat(refused.exit()).as(refused.output()).isNotZero();
            assertThat(refused.output()).contains("stop it first");
        }

        BackupAndRestoreTest.Result backup = script("backup.sh", "--embedded", "--data-dir", data.toString(),
                "--output", backups.toString());
        assertThat(backup.exit()).as(backup.output()).isZero();
        Path folder = Path.of(backup.output().strip().lines().reduce((a, b) -> b).orElseThrow());
        assertThat(Files.readString(folder.resolve("manifest.txt"))).contains("database file: database-h2.tar");

        BackupAndRestoreTest.Result restore = script("restore.sh", "--data-dir", restored.toString(), folder.toString());
        assertThat(restore.exit()).as(restore.output()).isZero();

        var copy = new DriverManagerDataSource("jdbc:h2:file:" + restored.resolve("db/guifanku"), "sa", "");
        assertThat(JdbcClient.create(copy).sql("select designation from standard").query(String.class).list())
                .containsExactly("WH/T 201");
        assertThat(Files.readString(restored.resolve("artifacts/ab/ab12"))).isEqualTo("rendered");
        assertThat(bash("git --git-dir \"$1\" show-ref", restored.resolve("content.git").toString()).output())
                .isEqualTo(bash("git --git-dir \"$1\" show-ref", data.resolve("content.git").toString()).output())
                .contains("refs/heads/main").contains("refs/tags/wh-t-201/2024");

        BackupAndRestoreTest.Result again = script("restore.sh", "--data-dir", restored.toString(), folder.toString());
        assertThat(again.output()).as("never over an installation").contains("restore into an empty data folder");
        assertThat(again.exit()).isNotZero();
    }

    static BackupAndRestoreTest.Result script(String name, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", Path.of("scripts", name).toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return BackupAndRestoreTest.run(command, Map.of());
    }

    static BackupAndRestoreTest.Result bash(String script, String argument) throws Exception {
        BackupAndRestoreTest.Result result = BackupAndRestoreTest.run(List.of("bash", "-c", script, "bash", argument), Map.of());
        assertThat(result.exit()).as(result.output()).isZero();
        return result;
    }
}
