package cn.guifanku.catalog;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param artifacts folder of the rendered HTML and PDF files, stored by checksum
 * @param recheck   how long a node serves its in-memory catalog before asking the database whether another node
 *                  changed it (one indexed read of the change sequence); this node's own changes show at once
 */
@ConfigurationProperties("guifanku.catalog")
public record CatalogProperties(Path artifacts, Duration recheck) {

    @org.springframework.boot.context.properties.bind.ConstructorBinding
    public CatalogProperties {
        recheck = recheck == null ? Duration.ofSeconds(1) : recheck;
    }

    public CatalogProperties(Path artifacts) {
        this(artifacts, null);
    }
}
