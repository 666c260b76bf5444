package cn.guifanku.terms;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The term base as JSON. */
@RestController
@Tag(name = "terms", description = "术语库 · term base")
class TermApiController {

    private final TermBase terms;

    TermApiController(TermBase terms) {
        this.terms = terms;
    }

    @GetMapping("/api/terms")
    @Operation(summary = "Terms defined under 术语和定义 in the standards in force, with every definition",
            description = "A term is flagged conflicting when two standards define it differently (spaces, punctuation "
                    + "and character width do not count). Each definition's url is relative to this site.")
    List<TermRow> terms(@Parameter(description = "part of a term, its English equivalent or a definition")
                        @RequestParam(defaultValue = "") String q,
                        @Parameter(description = "only the terms defined differently in two standards")
                        @RequestParam(defaultValue = "false") boolean conflicts) {
        return terms.find(q.length() > 200 ? q.substring(0, 200) : q, conflicts);
    }
}
