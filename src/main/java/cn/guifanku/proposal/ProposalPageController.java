package cn.guifanku.proposal;

import cn.guifanku.process.Stage;
import cn.guifanku.catalog.Catalog;
import cn.guifanku.process.Task;
import cn.guifanku.process.WorkItem;
import cn.guifanku.process.Workflow;
import cn.guifanku.security.Actor;
import cn.guifanku.web.ProblemMessages;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of proposals: my tasks, the list, proposing, and a proposal with its stage, history and decisions. */
@Controller
class ProposalPageController {

    private final Proposals proposals;
    private final ProposalDecisions decisions;
    private final ProposalHistory history;
    private final Workflow workflow;
    private final Catalog catalog;
    private final ProblemMessages problems;
    private final Clock clock;
    private final List<WorkbenchItems> otherItems;
    private final org.springframework.context.MessageSource messages;
    private final cn.guifanku.web.Confirmations confirmations;
    private final WordImports wordImports;

    ProposalPageController(Proposals proposals, ProposalDecisions decisions, ProposalHistory history, Workflow workflow,
                           Catalog catalog, ProblemMessages problems, Clock clock, List<WorkbenchItems> otherItems,
                           org.springframework.context.MessageSource messages,
                           cn.guifanku.web.Confirmations confirmations, WordImports wordImports) {
        this.wordImports = wordImports;
        this.confirmations = confirmations;
        this.otherItems = otherItems;
        this.messages = messages;
        this.proposals = proposals;
        this.decisions = decisions;
        this.history = history;
        this.workflow = workflow;
        this.catalog = catalog;
        this.problems = problems;
        this.clock = clock;
    }

    /**
     * 我的待办: open tasks with what is asked, the deadline (overdue marked) and a link to where it is done — the
     * process's tasks and what other features add (a comment period open to a member) — soonest deadline first; and
     * the notices of the last days (results, reminders).
     */
    @GetMapping("/workbench")
    String workbench(Actor actor, Model model, Locale locale) {
        Instant now = clock.instant();
        List<TaskRow> rows = new java.util.ArrayList<>(workflow.tasksFor(actor.username(), actor.groups()).stream()
                .map(t -> new TaskRow(t.name(), messages.getMessage("task." + t.taskKey(), null, t.name(), locale),
                        proposals.find(t.proposalId()), TaskLinks.of(t), t.due(), t.due() != null && t.due().isBefore(now)))
                .toList());
        List<WorkbenchItems.Item> notices = new java.util.ArrayList<>();
        for (WorkbenchItems source : otherItems) {
            for (WorkbenchItems.Item item : source.itemsFor(actor, locale)) {
                if (item.notice()) {
                    notices.add(item);
                } else {
                    rows.add(new TaskRow(item.what(), item.hint(), item.proposalId() == null ? null
                            : proposals.find(item.proposalId()), item.link(), item.due(),
                            item.due() != null && item.due().isBefore(now)));
                }
            }
        }
        rows.sort(java.util.Comparator.comparing(TaskRow::due, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        notices.sort(java.util.Comparator.comparing(WorkbenchItems.Item::at).reversed());
        model.addAttribute("tasks", rows);
        model.addAttribute("notices", notices);
        return "proposal/workbench";
    }

    /** One line of 我的待办: what is asked and one sentence more, the proposal, where, by when. */
    record TaskRow(String what, String hint, Proposal proposal, String link, Instant due, boolean overdue) {
    }

    @GetMapping("/proposals")
    String list(Actor actor, Model model) {
        model.addAttribute("proposals", proposals.visibleTo(actor));
        return "proposal/list";
    }

    @GetMapping("/proposals/new")
    String newForm(Model model, @RequestParam(required = false) String standard) {
        model.addAttribute("form", new ProposalForm("REVISION", standard, "", "", "", "published", ""));
        model.addAttribute("standards", catalog.standards());
        return "proposal/new";
    }

    /**
     * The proposal form, checked by Bean Validation as the API's {@link NewProposal} is (same bounds, the database's
     * column sizes); each message appears under its field.
     */
    record ProposalForm(@jakarta.validation.constraints.Pattern(regexp = "NEW|REVISION", message = "{proposal.form.kind}") String kind,
                        @jakarta.validation.constraints.Size(max = 64, message = "{proposal.form.target}") String targetSlug,
                        @jakarta.validation.constraints.NotBlank(message = "{proposal.form.required.title}")
                        @jakarta.validation.constraints.Size(max = 500, message = "{proposal.form.tooLong}") String title,
                        @jakarta.validation.constraints.NotBlank(message = "{proposal.form.required.scope}")
                        @jakarta.validation.constraints.Size(max = 4000, message = "{proposal.form.tooLong}") String scope,
                        @jakarta.validation.constraints.NotBlank(message = "{proposal.form.required.reason}")
                        @jakarta.validation.constraints.Size(max = 4000, message = "{proposal.form.tooLong}") String reason,
                        @jakarta.validation.constraints.Pattern(regexp = "published|template|upload|docx", message = "{proposal.form.start}") String start,
                        @jakarta.validation.constraints.Pattern(regexp = "\\s*|\\s*[0-9A-Za-z][0-9A-Za-z.-]{0,31}\\s*",
                                message = "{system.proposal.plannedEntry.invalid}") String plannedEntry) {

        /** A revision names the standard it revises. */
        @jakarta.validation.constraints.AssertTrue(message = "{proposal.form.target}")
        boolean isTargetChosen() {
            return "NEW".equals(kind) || targetSlug != null && !targetSlug.isBlank();
        }
    }

    @PostMapping("/proposals")
    String create(@jakarta.validation.Valid @org.springframework.web.bind.annotation.ModelAttribute("form") ProposalForm form,
                  org.springframework.validation.BindingResult binding, @RequestParam(required = false) MultipartFile upload,
                  @RequestParam(required = false) MultipartFile docx,
                  Actor actor, Model model, Locale locale, jakarta.servlet.http.HttpServletResponse response) {
        if (binding.hasErrors()) {
            Map<String, String> errors = ProblemMessages.fieldErrors(binding);
            if (errors.containsKey("targetChosen")) {
                errors.put("targetSlug", errors.remove("targetChosen"));
            }
            response.setStatus(422);
            model.addAttribute("errors", errors);
            model.addAttribute("invalid", true);
            model.addAttribute("form", form);
            model.addAttribute("standards", catalog.standards());
            return "proposal/new";
        }
        try {
            String source = null;
            if ("upload".equals(form.start())) {
                source = uploaded(upload);
            }
            NewProposal request = new NewProposal("NEW".equals(form.kind()) ? Proposal.Kind.NEW : Proposal.Kind.REVISION,
                    form.title(), form.scope(), form.reason(), "NEW".equals(form.kind()) ? null : form.targetSlug(), source,
                    "NEW".equals(form.kind()) && form.plannedEntry() != null && !form.plannedEntry().isBlank()
                            ? form.plannedEntry().strip() : null);
            if ("docx".equals(form.start())) {
                // The draft is the Word file: its import report and the check of what it became are shown at once.
                WordImports.Stored imported = wordImports.propose(request, WordImports.bytes(docx),
                        docx.getOriginalFilename(), actor);
                return "redirect:/proposals/" + imported.proposalId() + "/draft/word/" + imported.id();
            }
            Proposal p = proposals.create(request, actor);
            return "redirect:/proposals/" + p.id();
        } catch (ErrorResponseException e) {
            cn.guifanku.web.ProblemMessages.rethrowRefusal(e);
            // The same refusal as the API's (413, 415, 422), beside the field it is about.
            response.setStatus(e.getStatusCode().value());
            problems.show(model, e, locale);
            if ("upload".equals(form.start()) || "docx".equals(form.start())) {
                model.addAttribute("errors", Map.of(form.start(), problems.text(e, locale)));
            }
        }
        model.addAttribute("form", form);
        model.addAttribute("standards", catalog.standards());
        return "proposal/new";
    }

    @GetMapping("/proposals/{id}")
    String show(@PathVariable String id, Actor actor, Model model) {
        Proposal p = proposals.get(id, actor);
        model.addAttribute("p", p);
        model.addAttribute("events", history.of(id));
        model.addAttribute("plannedEntry", proposals.plannedEntries().get(id));
        model.addAttribute("tasks", workflow.openTaskKinds(id).stream().map(Task::name).toList());
        model.addAttribute("roles", actor.roles().stream().map(Enum::name).toList());
        model.addAttribute("stages", List.of(Stage.PROPOSED, Stage.DRAFTING, Stage.COMMENTING, Stage.DISPOSITION,
                Stage.BALLOT, Stage.APPROVAL, Stage.PUBLISHED));
        model.addAttribute("actor", actor);
        model.addAttribute("wordImports", wordImports.of(p));
        return "proposal/show";
    }

    @PostMapping("/proposals/{id}/formal-check")
    String formalCheck(@PathVariable String id, @RequestParam ProposalDecisions.FormalCheck decision,
                       @RequestParam(required = false) String planNumber, @RequestParam(required = false) String reason,
                       @RequestParam(defaultValue = "false") boolean confirmed, Actor actor, RedirectAttributes redirect,
                       Locale locale, Model model, jakarta.servlet.http.HttpServletRequest request) {
        if (decision == ProposalDecisions.FormalCheck.REJECT && !confirmed && reason != null && !reason.isBlank()) {
            ProposalAccess.checkRole(actor, cn.guifanku.security.Role.SECRETARIAT);
            return confirmations.ask(model, request, locale, "reject", "/proposals/" + id);
        }
        return keeping(id, redirect, locale, Map.of("planNumber", planNumber == null ? "" : planNumber,
                "reason", reason == null ? "" : reason), () -> decisions.formalCheck(id, decision, planNumber, reason, actor));
    }

    @PostMapping("/proposals/{id}/resubmission")
    String resubmit(@PathVariable String id, Actor actor, RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, () -> decisions.resubmit(id, actor));
    }

    @PostMapping("/proposals/{id}/withdrawal")
    String withdraw(@PathVariable String id, @RequestParam(required = false) String reason,
                    @RequestParam(defaultValue = "false") boolean confirmed, Actor actor, RedirectAttributes redirect,
                    Locale locale, Model model, jakarta.servlet.http.HttpServletRequest request) {
        if (!confirmed) {
            ProposalAccess.checkProposer(proposals.get(id, actor), actor);
            return confirmations.ask(model, request, locale, "withdraw", "/proposals/" + id);
        }
        return act(id, redirect, locale, () -> decisions.withdraw(id, reason, actor));
    }

    @PostMapping("/proposals/{id}/publication/retry")
    String retry(@PathVariable String id, Actor actor, RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, () -> decisions.retryPublication(id, actor));
    }

    @PostMapping("/proposals/{id}/periodic-review")
    String periodicReview(@PathVariable String id, @RequestParam ProposalDecisions.ReviewDecision decision,
                          @RequestParam(defaultValue = "false") boolean confirmed, Actor actor,
                          RedirectAttributes redirect, Locale locale, Model model,
                          jakarta.servlet.http.HttpServletRequest request) {
        if (decision == ProposalDecisions.ReviewDecision.WITHDRAW && !confirmed) {
            ProposalAccess.checkRole(actor, cn.guifanku.security.Role.SECRETARIAT);
            return confirmations.ask(model, request, locale, "withdraw-standard", "/proposals/" + id);
        }
        return act(id, redirect, locale, () -> decisions.periodicReview(id, decision, actor));
    }

    private String act(String id, RedirectAttributes redirect, Locale locale, Runnable action) {
        problems.attempt(redirect, locale, "flash.done", action);
        return "redirect:/proposals/" + id;
    }

    /** Like {@link #act}, and a refusal comes back beside its field with what was typed. */
    private String keeping(String id, RedirectAttributes redirect, Locale locale, Map<String, String> typed, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", "flash.done");
        } catch (ErrorResponseException e) {
            problems.keep(redirect, e, locale, typed);
        }
        return "redirect:/proposals/" + id;
    }

    /** An uploaded draft: present, then the same rule as every draft text ({@link DraftText}: size, UTF-8, a title). */
    static String uploaded(MultipartFile upload) {
        if (upload == null || upload.isEmpty()) {
            throw cn.guifanku.web.Problem.unprocessable("upload-missing").with("field", "upload");
        }
        if (upload.getSize() > DraftText.MAX_BYTES) {
            throw new cn.guifanku.web.Problem(org.springframework.http.HttpStatus.PAYLOAD_TOO_LARGE, "draft-too-large",
                    Drafts.STANDARD, String.format("%.1f MB", upload.getSize() / (1024.0 * 1024)), String.valueOf(DraftText.MAX_MB))
                    .with("field", "upload");
        }
        try {
            return DraftText.decode(Drafts.STANDARD, upload.getBytes());
        } catch (IOException e) {
            throw cn.guifanku.web.Problem.unprocessable("upload-unreadable").with("field", "upload");
        }
    }

    /** Where each kind of task is done. */
    static final class TaskLinks {

        private static final Map<Task, String> PAGES = Map.of(Task.DRAFTING, "/draft", Task.REVISE_PROPOSAL, "",
                Task.COMMENT_PERIOD, "/review", Task.DISPOSITION, "/review", Task.VOTE, "/ballot",
                Task.CLOSE_BALLOT, "/ballot", Task.QUORUM_DECISION, "/ballot");

        private TaskLinks() {
        }

        static String of(WorkItem t) {
            return "/proposals/" + t.proposalId() + PAGES.getOrDefault(t.task(), "#" + t.taskKey());
        }
    }
}
