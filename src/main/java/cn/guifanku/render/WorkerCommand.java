package cn.guifanku.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/**
 * The command line of a render worker: this JVM's {@code java}, the worker's own heap, the application's class path
 * (from an executable jar through Spring Boot's {@code PropertiesLauncher}), started through {@code nice} where the
 * system has it.
 */
final class WorkerCommand {

    private static final String LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    private WorkerCommand() {
    }

    static List<String> of(RenderProperties properties) {
        List<String> command = new ArrayList<>();
        nice().ifPresent(nice -> {
            command.add(nice);
            command.add("-n");
            command.add(String.valueOf(properties.workerNice()));
        });
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + properties.workerHeap().toMegabytes() + "m");
        command.add("-XX:+ExitOnOutOfMemoryError");
        // One core's worth of work at most: a serial collector and few compiler threads leave the other core to pages.
        command.add("-XX:+UseSerialGC");
        command.add("-XX:CICompilerCount=2");
        command.add("-Xss4m");
        command.add("-Djava.awt.headless=true");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Dlogback.configurationFile=guifanku-render-worker-logback.xml");
        String classPath = System.getProperty("java.class.path");
        if (isExecutableJar(classPath)) {
            command.add("-Dloader.main=" + RenderWorkerMain.class.getName());
            command.add("-cp");
            command.add(classPath);
            command.add(LAUNCHER);
        } else {
            command.add("-cp");
            command.add(classPath);
            command.add(RenderWorkerMain.class.getName());
        }
        command.add(json(properties.limits()));
        command.add(properties.warmUp() ? "warm-up" : "no-warm-up");
        return command;
    }

    private static java.util.Optional<String> nice() {
        for (String candidate : new String[] {"/usr/bin/nice", "/bin/nice"}) {
            if (Files.isExecutable(Path.of(candidate))) {
                return java.util.Optional.of(candidate);
            }
        }
        return java.util.Optional.empty();
    }

    /** {@code java -jar guifanku.jar}: the class path is the jar, whose classes Spring Boot's launcher unpacks. */
    private static boolean isExecutableJar(String classPath) {
        if (classPath == null || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return false;
        }
        try (JarFile jar = new JarFile(classPath)) {
            var manifest = jar.getManifest();
            return manifest != null && manifest.getMainAttributes().getValue("Start-Class") != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(RenderLimits limits) {
        try {
            return new ObjectMapper().writeValueAsString(limits);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
