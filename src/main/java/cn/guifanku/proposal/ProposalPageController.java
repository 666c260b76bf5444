package cn.guifanku.proposal;

import cn.guifanku.process.Stage;
import cn.guifanku.catalog.Catalog;
import cn.guifanku.process.Task;
import cn.guifanku.process.WorkItem;
import cn.guifanku.process.Workflow;
import cn.guifanku.security.Actor;
import cn.guifanku.web.ProblemMessages;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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

    static final long MAX_UPLOAD = 5L * 1024 * 1024;

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

    ProposalPageController(Proposals proposals, ProposalDecisions decisions, ProposalHistory history, Workflow workflow,
                           Catalog catalog, ProblemMessages problems, Clock clock, List<WorkbenchItems> otherItems,
                           org.springframework.context.MessageSource messages,
                           cn.guifanku.web.Confirmations confirmations) {
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

    record ProposalForm(String kind, String targetSlug, String title, String scope, String reason, String start,
                        String plannedEntry) {

        /** Field → message key, for each field that is missing or too long (blank text counts as missing). */
        Map<String, String> errors() {
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            check(errors, "title", title, 500);
            check(errors, "scope", scope, 4000);
            check(errors, "reason", reason, 4000);
            if (!"NEW".equals(kind) && (targetSlug == null || targetSlug.isBlank())) {
                errors.put("targetSlug", "proposal.form.target");
            }
            if (plannedEntry != null && !plannedEntry.isBlank() && !plannedEntry.strip().matches("[0-9A-Za-z][0-9A-Za-z.-]{0,31}")) {
                errors.put("plannedEntry", "system.proposal.plannedEntry.invalid");
            }
            return errors;
        }

        private static void check(Map<String, String> errors, String field, String value, int max) {
            if (value == null || value.isBlank()) {
                errors.put(field, "proposal.form.required." + field);
            } else if (value.length() > max) {
                errors.put(field, "proposal.form.tooLong");
            }
        }
    }

    @PostMapping("/proposals")
    String create(ProposalForm form, @RequestParam(required = false) MultipartFile upload, Actor actor, Model model,
                  Locale locale) {
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
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
            Proposal p = proposals.create(new NewProposal("NEW".equals(form.kind()) ? Proposal.Kind.NEW : Proposal.Kind.REVISION,
                    form.title(), form.scope(), form.reason(), "NEW".equals(form.kind()) ? null : form.targetSlug(), source,
                    "NEW".equals(form.kind()) && form.plannedEntry() != null && !form.plannedEntry().isBlank()
                            ? form.plannedEntry().strip() : null), actor);
            return "redirect:/proposals/" + p.id();
        } catch (ErrorResponseException e) {
            cn.guifanku.web.ProblemMessages.rethrowRefusal(e);
            problems.show(model, e, locale);
        } catch (UploadRefused e) {
            model.addAttribute("problem", e.getMessage());
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

    /** An uploaded draft: present, at most 5 MB, UTF-8 text that looks like AsciiDoc (it starts with a "= " title). */
    static String uploaded(MultipartFile upload) {
        if (upload == null || upload.isEmpty()) {
            throw new UploadRefused("请选择要上传的 .adoc 文件（文件为空或未选择）。");
        }
        if (upload.getSize() > MAX_UPLOAD) {
            throw new UploadRefused("文件过大：上限为 5 MB。");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(upload.getBytes())).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("//")).findFirst()
                    .filter(l -> l.startsWith("= ")).isEmpty()) {
                throw new UploadRefused("这不像 AsciiDoc 标准文件：第一行应是以“= ”开头的标准名称。");
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new UploadRefused("文件不是 UTF-8 编码的文本，请以 UTF-8 保存后重新上传。");
        } catch (IOException e) {
            throw new UploadRefused("文件读取失败，请重新上传。");
        }
    }

    static final class UploadRefused extends RuntimeException {
        UploadRefused(String message) {
            super(message);
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
