package cn.guifanku.content;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the standards repository lives and what a new installation starts from.
 *
 * @param repository the bare Git repository (created on first start)
 * @param samples    resource locations of the sample standards imported on first start
 */
@ConfigurationProperties("guifanku.content")
public record ContentProperties(Path repository, List<String> samples) {
}
