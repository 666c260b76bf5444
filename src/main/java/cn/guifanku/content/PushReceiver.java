package cn.guifanku.content;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.eclipse.jgit.errors.TooLargeObjectInPackException;
import org.eclipse.jgit.errors.TooLargePackException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.PreReceiveHook;
import org.eclipse.jgit.transport.ReceiveCommand;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.UnpackErrorHandler;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Decides on every ref of one received push, after JGit has stored and checked its objects and before any ref moves:
 * each ref goes to the {@link GitGate}, which carries it out or refuses it; nothing is left for JGit to execute (a
 * ref the gate did not settle is refused). Each refusal is a {@code remote:} line and, like each accepted ref, a
 * {@link GitPushed} event. A push whose data breaks the size limits never gets this far: {@link #unpackErrors} says so.
 */
final class PushReceiver implements PreReceiveHook {

    private static final Logger log = LoggerFactory.getLogger(PushReceiver.class);
    /** Paths listed per commit at most: a draft folder holds 20 files, so a longer list is refused anyway. */
    private static final int MAX_PATHS = 200;

    private final GitGate gate;
    private final ApplicationEventPublisher events;
    private final String user;
    private final String address;
    private final String path;

    PushReceiver(GitGate gate, ApplicationEventPublisher events, String user, String address, String path) {
        this.path = path;
        this.gate = gate;
        this.events = events;
        this.user = user;
        this.address = address;
    }

    @Override
    public void onPreReceive(ReceivePack receive, Collection<ReceiveCommand> commands) {
        for (ReceiveCommand command : commands) {
            PushVerdict verdict;
            try {
                verdict = gate.push(update(receive.getRepository(), command));
            } catch (RuntimeException | IOException e) {
                log.error("A push to {} by {} failed", command.getRefName(), user, e);
                verdict = PushVerdict.refused("推送未能保存：服务器出错，请稍后再试。");
            }
            verdict.notes().forEach(receive::sendMessage);
            if (verdict.accepted()) {
                command.setResult(ReceiveCommand.Result.OK);
                notesAfter(receive, receive.getRepository(), command);
            } else {
                receive.sendMessage("拒绝 " + shortName(command.getRefName()) + "：" + verdict.message());
                command.setResult(ReceiveCommand.Result.REJECTED_OTHER_REASON, verdict.message());
            }
            events.publishEvent(new GitPushed(user, address, path, command.getRefName(),
                    command.getType() == ReceiveCommand.Type.DELETE ? null : command.getNewId().name(),
                    verdict.accepted(), verdict.message()));
        }
        // Whatever the gate did not settle must not be executed by JGit (which would force it).
        for (ReceiveCommand command : receive.getAllCommands()) {
            if (command.getResult() == ReceiveCommand.Result.NOT_ATTEMPTED) {
                command.setResult(ReceiveCommand.Result.REJECTED_OTHER_REASON, "未处理");
            }
        }
    }

    /** The gate's lines about an accepted push; a failure here costs the pusher the lines, never the push. */
    private void notesAfter(ReceivePack receive, Repository repository, ReceiveCommand command) {
        try {
            gate.afterPush(update(repository, command)).forEach(receive::sendMessage);
        } catch (RuntimeException | IOException e) {
            log.warn("No notes after the push to {} by {}", command.getRefName(), user, e);
        }
    }

    /** Says in Chinese why a push's data was refused before any ref was looked at, then answers as JGit does. */
    UnpackErrorHandler unpackErrors(ReceivePack receive, UnpackErrorHandler standard) {
        return error -> {
            String reason = reason(error);
            try {
                receive.sendMessage("拒绝：" + reason);
            } catch (RuntimeException e) {
                log.debug("Could not tell the client why its push was refused", e);
            }
            for (ReceiveCommand command : receive.getAllCommands()) {
                events.publishEvent(new GitPushed(user, address, path, command.getRefName(), null, false, reason));
            }
            standard.handleUnpackException(error);
        };
    }

    private static String reason(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof TooLargeObjectInPackException) {
                return "推送中有文件超过 " + GitHttpServing.MAX_OBJECT_BYTES / (1024 * 1024)
                        + " MB（草稿的每个文件至多这么大），未保存任何内容。";
            }
            if (t instanceof TooLargePackException) {
                return "推送的数据超过 " + GitHttpServing.MAX_PACK_BYTES / (1024 * 1024) + " MB，未保存任何内容。";
            }
        }
        return "收到的数据不完整或有误，未保存任何内容。";
    }

    private static PushedUpdate update(Repository repository, ReceiveCommand command) throws IOException {
        PushedUpdate.Kind kind = switch (command.getType()) {
            case CREATE -> PushedUpdate.Kind.CREATE;
            case UPDATE -> PushedUpdate.Kind.FAST_FORWARD;
            case UPDATE_NONFASTFORWARD -> PushedUpdate.Kind.NON_FAST_FORWARD;
            case DELETE -> PushedUpdate.Kind.DELETE;
        };
        String oldId = ObjectId.zeroId().equals(command.getOldId()) ? null : command.getOldId().name();
        String newId = ObjectId.zeroId().equals(command.getNewId()) ? null : command.getNewId().name();
        List<PushedUpdate.PushedCommit> commits = new ArrayList<>();
        boolean tooMany = false;
        if (newId != null) {
            try (RevWalk walk = new RevWalk(repository)) {
                if (!(walk.parseAny(command.getNewId()) instanceof RevCommit)) {
                    return new PushedUpdate(command.getRefName(), oldId, newId, kind, commits, false);
                }
                walk.markStart(walk.parseCommit(command.getNewId()));
                if (oldId != null && walk.parseAny(command.getOldId()) instanceof RevCommit old) {
                    walk.markUninteresting(old);
                }
                for (RevCommit commit : walk) {
                    if (commits.size() == PushedUpdate.MAX_COMMITS) {
                        tooMany = true;
                        break;
                    }
                    commits.add(commit(repository, walk, commit));
                }
            }
        }
        java.util.Collections.reverse(commits);
        return new PushedUpdate(command.getRefName(), oldId, newId, kind, commits, tooMany);
    }

    private static PushedUpdate.PushedCommit commit(Repository repository, RevWalk walk, RevCommit commit)
            throws IOException {
        List<String> paths = new ArrayList<>();
        try (TreeWalk tree = new TreeWalk(repository)) {
            tree.setRecursive(true);
            if (commit.getParentCount() > 0) {
                tree.addTree(walk.parseCommit(commit.getParent(0)).getTree());
                tree.addTree(commit.getTree());
                tree.setFilter(TreeFilter.ANY_DIFF);
            } else {
                tree.addTree(commit.getTree());
            }
            while (tree.next() && paths.size() <= MAX_PATHS) {
                paths.add(tree.getPathString());
            }
        }
        return new PushedUpdate.PushedCommit(commit.name(), commit.getParentCount(), author(commit.getAuthorIdent()),
                author(commit.getCommitterIdent()), commit.getFullMessage(), paths);
    }

    private static Author author(PersonIdent ident) {
        return new Author(ident.getName(), ident.getEmailAddress());
    }

    private static String shortName(String refName) {
        return refName.startsWith(Constants.R_HEADS) ? refName.substring(Constants.R_HEADS.length())
                : refName.startsWith(Constants.R_TAGS) ? refName.substring(Constants.R_REFS.length()) : refName;
    }
}
