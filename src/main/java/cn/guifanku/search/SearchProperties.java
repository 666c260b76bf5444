package cn.guifanku.search;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param indexDir       the Lucene index of the published clauses; rebuilt from the catalog when missing
 * @param maxQueryLength longest query accepted, in characters
 */
@ConfigurationProperties("guifanku.search")
record SearchProperties(Path indexDir, @DefaultValue("200") int maxQueryLength) {
}
