package cn.guifanku;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** A data folder given relative to the working directory (as a newcomer types it) is used as an absolute path. */
class DataDirectoryTest {

    @Test
    void aRelativeDataFolderAndTheDatabaseUrlBuiltFromItBecomeAbsolute() {
        StandardEnvironment environment = environment("my-data");

        new DataDirectory().postProcessEnvironment(environment, new SpringApplication());

        Path expected = Path.of("my-data").toAbsolutePath().normalize();
        assertThat(environment.getProperty("guifanku.data-dir")).isEqualTo(expected.toString());
        assertThat(environment.getProperty("url")).isEqualTo("jdbc:h2:file:" + expected + "/db/guifanku");
    }

    @Test
    void anAbsoluteDataFolderIsKeptAsGiven() {
        String absolute = Path.of("/var/lib/guifanku").toAbsolutePath().toString();
        StandardEnvironment environment = environment(absolute);

        new DataDirectory().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("guifanku.data-dir")).isEqualTo(absolute);
        assertThat(environment.getPropertySources().contains("guifanku-absolute-data-dir")).isFalse();
    }

    private static StandardEnvironment environment(String dataDir) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new MapPropertySource("given", Map.of("guifanku.data-dir", dataDir,
                "url", "jdbc:h2:file:${guifanku.data-dir}/db/guifanku")));
        return environment;
    }
}
