package cn.guifanku;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** A Java process of its own on the tests' class path: a node that crashes, a Git server of record. */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** {@code java <options> -cp <the tests' class path> <main class> <arguments>}. */
    public static List<String> command(List<String> options, Class<?> main, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-cp", classpath(), main.getName()));
        command.addAll(List.of(arguments));
        return command;
    }

    /** The tests' class path, each entry once (under Surefire: its own list, not the booter jar's manifest). */
    static String classpath() {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return String.join(File.pathSeparator, new LinkedHashSet<>(List.of(path.split(File.pathSeparator))));
    }
}
