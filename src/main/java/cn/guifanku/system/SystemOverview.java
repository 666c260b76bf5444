package cn.guifanku.system;

import cn.guifanku.catalog.Catalog;
import cn.guifanku.catalog.EditionStatus;
import cn.guifanku.catalog.StandardEntry;
import cn.guifanku.proposal.Proposal;
import cn.guifanku.proposal.Proposals;
import cn.guifanku.process.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The 体系表 filled in: each entry with its status from the catalog (现行, 即将实施, 被代替, 废止), from a running proposal
 * (制定中, with its stage) or 待制定, numbered through as the classic table is, with counts per category (a category's
 * counts include its sub-categories). Running new standards that fill no entry are listed apart.
 */
@Component
class SystemOverview {

    private final StandardsSystem system;
    private final Catalog catalog;
    private final Proposals proposals;

    SystemOverview(StandardsSystem system, Catalog catalog, Proposals proposals) {
        this.system = system;
        this.catalog = catalog;
        this.proposals = proposals;
    }

    Optional<SystemView> build() {
        return system.current().map(this::build);
    }

    private SystemView build(StandardsSystem.Parsed parsed) {
        Map<String, StandardEntry> standards = catalog.standards().stream()
                .collect(Collectors.toMap(StandardEntry::slug, Function.identity()));
        List<Proposal> running = proposals.running();
        Map<String, String> planned = proposals.plannedEntries();
        Set<String> plannedCodes = parsed.file().allCategories().stream().flatMap(n -> n.entries().stream())
                .filter(SystemFile.Entry::isPlanned).map(SystemFile.Entry::code).collect(Collectors.toSet());
        List<SystemView.Section> sections = new ArrayList<>();
        int seq = 0;
        for (SystemFile.Node node : parsed.file().allCategories()) {
            List<SystemView.Row> rows = new ArrayList<>();
            for (SystemFile.Entry entry : node.entries()) {
                StandardEntry filled = entry.isPlanned() ? filledBy(entry, planned, standards) : null;
                rows.add(entry.isPlanned() && filled == null ? planned(++seq, entry, running, planned)
                        : published(++seq, entry, filled != null ? filled : standards.get(entry.slug()), running));
            }
            sections.add(new SystemView.Section(node.code(), node.name(), node.depth(), rows));
        }
        List<SystemView.Row> unplaced = new ArrayList<>();
        for (Proposal p : running) {
            boolean fills = planned.containsKey(p.id()) && plannedCodes.contains(planned.get(p.id()));
            if (p.kind() == Proposal.Kind.NEW && !fills && !p.stage().isConfidential()) {
                unplaced.add(new SystemView.Row(++seq, "—", p.title(), "", null, SystemView.Kind.PROGRESS,
                        "system.status.progress", p.stage(), "", p.id()));
            }
        }
        return new SystemView(parsed.file().title(), parsed.revision(), sections, unplaced);
    }

    /**
     * The published standard a planned entry has become: a proposal that named the entry was published (the secretariat
     * has not yet written its number into the file).
     */
    private StandardEntry filledBy(SystemFile.Entry entry, Map<String, String> planned, Map<String, StandardEntry> standards) {
        return planned.entrySet().stream().filter(e -> entry.code().equals(e.getValue()))
                .map(e -> proposals.find(e.getKey()))
                .filter(p -> p.stage() == Stage.PUBLISHED && p.targetSlug() != null && standards.containsKey(p.targetSlug()))
                .map(p -> standards.get(p.targetSlug())).findFirst().orElse(null);
    }

    private static SystemView.Row published(int seq, SystemFile.Entry entry, StandardEntry standard, List<Proposal> running) {
        if (standard == null) {
            return new SystemView.Row(seq, entry.code(), entry.note() == null ? "" : entry.note(), entry.standard(),
                    null, SystemView.Kind.MISSING, "system.status.missing", null, "", null);
        }
        var head = standard.headline();
        EditionStatus status = standard.status();
        SystemView.Kind kind = status == EditionStatus.CURRENT || status == EditionStatus.UPCOMING
                ? SystemView.Kind.PUBLISHED : SystemView.Kind.RETIRED;
        Proposal revision = running.stream().filter(p -> standard.slug().equals(p.targetSlug())).findFirst().orElse(null);
        return new SystemView.Row(seq, entry.code(), head.metadata().titleZh(), head.number(), standard.slug(), kind,
                status.messageKey(), revision == null ? null : revision.stage(), String.join("、", head.replaces()),
                revision == null || revision.stage().isConfidential() ? null : revision.id());
    }

    private static SystemView.Row planned(int seq, SystemFile.Entry entry, List<Proposal> running, Map<String, String> planned) {
        Proposal filling = running.stream().filter(p -> entry.code().equals(planned.get(p.id()))).findFirst().orElse(null);
        String number = entry.number() == null ? "" : entry.number();
        if (filling == null) {
            return new SystemView.Row(seq, entry.code(), entry.planned(), number, null, SystemView.Kind.PLANNED,
                    "system.status.planned", null, "", null);
        }
        Stage stage = filling.stage();
        return new SystemView.Row(seq, entry.code(), entry.planned(), number, null, SystemView.Kind.PROGRESS,
                "system.status.progress", stage, "", stage.isConfidential() ? null : filling.id());
    }
}
