package cn.guifanku.render;

import java.util.List;
import java.util.stream.Collectors;

/** A document that cannot be rendered, with the problems that stop it, each with file and line. */
public class RenderFailedException extends RuntimeException {

    private final List<RenderProblem> problems;

    public RenderFailedException(String source, List<RenderProblem> problems) {
        super(source + " cannot be rendered:\n" + problems.stream().map(RenderProblem::toString)
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RenderProblem> problems() {
        return problems;
    }
}
