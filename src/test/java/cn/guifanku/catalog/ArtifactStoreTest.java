package cn.guifanku.catalog;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rendered files: the database holds them for every node, each node's folder is a checked cache. */
class ArtifactStoreTest {

    final TestDatabase db = TestDatabase.create();
    @TempDir
    Path dir;

    @Test
    void aFileStoredByOneNodeIsServedByAnotherFromTheDatabase() throws Exception {
        ArtifactStore a = CatalogTestSupport.store(dir.resolve("a"), db.jdbc());
        ArtifactStore b = CatalogTestSupport.store(dir.resolve("b"), db.jdbc());
        Artifact pdf = a.store("%PDF 标准".getBytes(UTF_8));

        Path cached = b.find(pdf.sha256()).orElseThrow();
        assertThat(cached).startsWith(dir.resolve("b"));
        assertThat(Files.readString(cached)).isEqualTo("%PDF 标准");
    }

    @Test
    void aDamagedCopyInTheDatabaseIsNotServed() {
        ArtifactStore a = CatalogTestSupport.store(dir.resolve("a"), db.jdbc());
        Artifact pdf = a.store("%PDF 原文".getBytes(UTF_8));
        db.jdbc().sql("update artifact set content = ? where sha256 = ?").params("%PDF 篡改".getBytes(UTF_8), pdf.sha256())
                .update();

        assertThat(CatalogTestSupport.store(dir.resolve("b"), db.jdbc()).find(pdf.sha256())).isEmpty();
    }

    @Test
    void deletingRemovesTheFileForEveryNode() {
        ArtifactStore a = CatalogTestSupport.store(dir.resolve("a"), db.jdbc());
        Artifact pdf = a.store("%PDF 失败的发布".getBytes(UTF_8));
        a.delete(pdf.sha256());

        assertThat(a.find(pdf.sha256())).isEmpty();
        assertThat(CatalogTestSupport.store(dir.resolve("b"), db.jdbc()).find(pdf.sha256())).isEmpty();
    }

    @Test
    void aFileOnlyInANodesFolderIsCopiedIntoTheDatabase() throws Exception {
        ArtifactStore a = CatalogTestSupport.store(dir.resolve("a"), db.jdbc());
        Artifact old = a.store("%PDF 旧版".getBytes(UTF_8));
        db.jdbc().sql("delete from artifact").update(); // as before V10: the file only on disk

        assertThat(a.copyIntoDatabase(old.sha256())).isTrue();
        assertThat(CatalogTestSupport.store(dir.resolve("b"), db.jdbc()).find(old.sha256())).isPresent();
        assertThat(a.copyIntoDatabase("0".repeat(64))).as("a file nobody has").isFalse();
    }
}
