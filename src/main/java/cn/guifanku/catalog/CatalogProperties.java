package cn.guifanku.catalog;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param artifacts folder of the rendered HTML and PDF files, stored by checksum */
@ConfigurationProperties("guifanku.catalog")
public record CatalogProperties(Path artifacts) {
}
