package cn.guifanku.catalog;

import java.nio.file.Path;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Builds catalog pieces for tests of other features without a Spring context. */
public final class CatalogTestSupport {

    private CatalogTestSupport() {
    }

    public static Catalog catalog(JdbcClient jdbc, Clock clock) {
        return new Catalog(new CatalogRepository(jdbc), clock, new CatalogChanges(jdbc));
    }

    /** An artifact store with its own database. */
    public static ArtifactStore store(Path root) {
        return store(root, cn.guifanku.TestDatabase.create().jdbc());
    }

    public static ArtifactStore store(Path root, JdbcClient jdbc) {
        return new ArtifactStore(new CatalogProperties(root), jdbc, Clock.systemUTC());
    }
}
