package cn.guifanku.catalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The catalog's change sequence, shared by every node through the database: it rises with each publication and
 * withdrawal, in the same transaction. Anything a node derives from the catalog and keeps (a search index, a cache)
 * polls {@link #current()} — one indexed read — and rebuilds when the number differs from the one it built at.
 */
@Component
public class CatalogChanges {

    private final JdbcClient jdbc;

    CatalogChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The number of catalog changes so far, on any node. */
    public long current() {
        return jdbc.sql("select sequence from catalog_change where id = 1").query(Long.class).single();
    }

    /** Counts a change; call inside the transaction that makes it, so the number and the change commit together. */
    void raise() {
        jdbc.sql("update catalog_change set sequence = sequence + 1 where id = 1").update();
    }
}
