package cn.guifanku.search;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param indexDir       the Lucene index of the published clauses; rebuilt from the catalog when missing
 * @param maxQueryLength longest query accepted, in characters
 * @param catalogRecheck how long a read of the catalog (editions and statuses) serves queries before the catalog is
 *                       read again and editions published meanwhile, on any node, are indexed
 */
@ConfigurationProperties("guifanku.search")
record SearchProperties(Path indexDir, @DefaultValue("200") int maxQueryLength,
                        @DefaultValue("PT2S") Duration catalogRecheck) {
}
