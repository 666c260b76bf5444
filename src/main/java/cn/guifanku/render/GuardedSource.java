package cn.guifanku.render;

import java.util.List;

/** A file's text after {@link PassthroughGuard} (same number of lines) and what the guard found in it. */
record GuardedSource(String text, List<RenderProblem> warnings) {

    GuardedSource {
        warnings = List.copyOf(warnings);
    }
}
