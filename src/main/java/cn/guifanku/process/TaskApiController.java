package cn.guifanku.process;

import cn.guifanku.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tasks")
@Tag(name = "tasks", description = "我的待办 · my open tasks")
class TaskApiController {

    private final Workflow workflow;

    TaskApiController(Workflow workflow) {
        this.workflow = workflow;
    }

    @GetMapping
    @Operation(summary = "The caller's open tasks across all proposals: what is asked, for which proposal, by when")
    List<WorkItem> mine(Actor actor) {
        if (!actor.isSignedIn()) {
            return List.of();
        }
        return workflow.tasksFor(actor.username(), actor.groups());
    }
}
