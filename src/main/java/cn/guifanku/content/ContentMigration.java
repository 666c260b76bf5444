package cn.guifanku.content;

/**
 * A versioned change to the standards repository, applied once per installation in version order
 * (Flyway's idea, for Git). A feature that needs new files in the repository adds one; it must be safe
 * to re-run after a crash half-way.
 */
public interface ContentMigration {

    int version();

    String description();

    void apply(ContentRepository repository);
}
