package cn.guifanku.terms;

import cn.guifanku.proposal.DraftAdvisor;
import cn.guifanku.proposal.Proposal;
import cn.guifanku.render.RenderProblem;
import cn.guifanku.render.SourceFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Warns when a draft defines a term that a standard in force (other than the one the draft revises) defines
 * differently: the committee then either aligns the wording or cites the other standard as the source. A
 * definition whose 〔来源〕 names the other standard is a deliberate adoption and is not warned about.
 */
@Component
class RedefinedTerms implements DraftAdvisor {

    private final TermBase terms;

    RedefinedTerms(TermBase terms) {
        this.terms = terms;
    }

    @Override
    public List<RenderProblem> advise(Proposal proposal, SourceFiles draft, byte[] html) {
        List<TermEntry> drafted = TermExtractor.extract(html);
        if (drafted.isEmpty()) {
            return List.of();
        }
        // Newest editions first, and one warning per term and standard: a revision in the pipeline (即将实施) and the
        // edition in force usually define a term alike, and the editor needs to hear of the standard once.
        List<TermBase.Located> published = terms.entries().stream()
                .sorted(java.util.Comparator.comparing((TermBase.Located l) -> l.edition().metadata().issued()).reversed())
                .toList();
        java.util.Set<String> warned = new java.util.HashSet<>();
        String source = draft.read(SourceFiles.MAIN).orElse("");
        List<RenderProblem> warnings = new ArrayList<>();
        for (TermEntry entry : drafted) {
            String term = TermExtractor.normalise(entry.term());
            String definition = TermExtractor.normalise(entry.definition());
            for (TermBase.Located other : published) {
                if (other.edition().slug().equals(proposal.targetSlug())
                        || !TermExtractor.normalise(other.entry().term()).equals(term)
                        || TermExtractor.normalise(other.entry().definition()).equals(definition)
                        || cites(entry.source(), other.edition().slug())
                        || cites(other.entry().source(), proposal.targetSlug())
                        || !warned.add(term + "@" + other.edition().slug())) {
                    continue;
                }
                warnings.add(new RenderProblem(SourceFiles.MAIN, lineOf(source, entry.term()),
                        RenderProblem.Severity.WARNING, "术语“" + entry.term() + "”在 " + other.edition().number() + " 的 "
                        + other.entry().number() + " 中另有定义：“" + other.entry().definition()
                        + "”。请统一定义，或注明来源（〔来源：" + other.edition().number() + "，" + other.entry().number()
                        + "，有修改〕）。"));
            }
        }
        return warnings;
    }

    /** Whether a 〔来源：…〕 line names the standard {@code slug} (a deliberate adoption, with or without change). */
    static boolean cites(String source, String slug) {
        if (source == null || source.isBlank() || slug == null) {
            return false;
        }
        String slugged = "-" + source.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9.]+", "-") + "-";
        return slugged.contains("-" + slug + "-");
    }

    /** The line of the term's heading or of its bold term line, if the source shows it plainly. */
    private static Integer lineOf(String source, String term) {
        Pattern heading = Pattern.compile("^=+\\s+" + Pattern.quote(term) + "\\s*$");
        Pattern bold = Pattern.compile("^\\*{1,2}" + Pattern.quote(term) + "\\*{1,2}.*$");
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (heading.matcher(lines[i].strip()).matches() || bold.matcher(lines[i].strip()).matches()) {
                return i + 1;
            }
        }
        return null;
    }
}
