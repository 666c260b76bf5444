package cn.guifanku.review;

import cn.guifanku.content.ContentRepository;
import cn.guifanku.proposal.Drafts;
import cn.guifanku.proposal.Proposal;
import cn.guifanku.proposal.Proposals;
import cn.guifanku.render.FolderAtRevision;
import cn.guifanku.render.RenderedDocument;
import cn.guifanku.render.SourceFiles;
import cn.guifanku.render.RenderWork;
import cn.guifanku.render.StandardRenderer;
import cn.guifanku.security.Actor;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Component;

/**
 * 征求意见汇总处理表 (序号, 章条号, 意见内容, 提出人/单位, 处理意见及理由) as HTML and PDF. Once 意见处理 is finished the
 * table committed beside the draft is the record and is what is rendered; before that, the table as it stands.
 * Rendering runs off the request thread.
 */
@Component
class ResolutionTable {

    private final Comments comments;
    private final Proposals proposals;
    private final Drafts drafts;
    private final ContentRepository content;
    private final StandardRenderer renderer;
    private final RenderWork work;

    ResolutionTable(Comments comments, Proposals proposals, Drafts drafts, ContentRepository content,
                    StandardRenderer renderer, RenderWork work) {
        this.work = work;
        this.comments = comments;
        this.proposals = proposals;
        this.drafts = drafts;
        this.content = content;
        this.renderer = renderer;
    }

    CompletableFuture<RenderedDocument> render(String proposalId, Actor actor) {
        Proposal p = proposals.get(proposalId, actor);
        String head = drafts.head(p);
        FolderAtRevision folder = new FolderAtRevision(content, head, p.folder());
        SourceFiles source = folder.read(ResolutionDocument.FILE).isPresent() && p.stage().ordinal() > cn.guifanku.process.Stage.DISPOSITION.ordinal()
                ? folder : live(folder, ResolutionDocument.text(p, comments.of(proposalId, actor), comments::nameOf));
        return work.submit(() -> renderer.renderDocument(source, ResolutionDocument.FILE));
    }

    private static SourceFiles live(FolderAtRevision folder, String text) {
        return new SourceFiles() {
            @Override
            public String label() {
                return folder.label() + "+resolution-table";
            }

            @Override
            public Optional<String> read(String path) {
                return ResolutionDocument.FILE.equals(path) ? Optional.of(text) : folder.read(path);
            }

            @Override
            public Optional<byte[]> readBytes(String path) {
                return folder.readBytes(path);
            }
        };
    }

    /** Orders clause labels as a reader would: 前言, then 1 before 2 before 10, then 附录 A, then the rest. */
    static final class ClauseOrder {

        private ClauseOrder() {
        }

        static String key(String label) {
            String s = label == null ? "" : label.strip();
            if (s.startsWith("前言") || s.startsWith("引言")) {
                return "0" + s;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d+)((?:\\.\\d+)*)").matcher(s);
            if (m.find()) {
                StringBuilder k = new StringBuilder("1");
                for (String part : (m.group(1) + m.group(2)).split("\\.")) {
                    k.append(String.format("%05d", Integer.parseInt(part)));
                }
                return k.toString();
            }
            return (s.contains("附录") ? "2" : "3") + s;
        }
    }
}
