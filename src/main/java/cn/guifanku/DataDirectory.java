package cn.guifanku;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code guifanku.data-dir} an absolute path before anything reads it, so that {@code --guifanku.data-dir=data}
 * means the folder {@code data} under the working directory everywhere: the H2 URL built from it would otherwise be
 * refused ("implicitly relative"), and Git, artifacts and the search index would resolve it on their own.
 */
class DataDirectory implements EnvironmentPostProcessor {

    static final String PROPERTY = "guifanku.data-dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String dir = environment.getProperty(PROPERTY);
        if (dir == null || dir.isBlank()) {
            return;
        }
        String absolute = Path.of(dir.strip()).toAbsolutePath().normalize().toString();
        if (!absolute.equals(dir)) {
            environment.getPropertySources().addFirst(new MapPropertySource("guifanku-absolute-data-dir",
                    Map.of(PROPERTY, absolute)));
        }
    }
}
