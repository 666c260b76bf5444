package cn.guifanku.render;

import java.util.Optional;
import java.util.regex.Pattern;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns Asciidoctor's log into problems of the render that caused it: ERROR and FATAL block the
 * render, WARN becomes a warning, INFO and DEBUG are only logged. The handler is registered once
 * on the shared instance; records carry no document, so they go to the session of the rendering thread.
 */
final class AsciidoctorLogRouter implements LogHandler {

    private static final Logger LOG = LoggerFactory.getLogger(AsciidoctorLogRouter.class);

    /**
     * Warnings that mean the document's structure is broken: an unterminated block swallows the rest
     * of the document, a dropped table cell loses content. A standard with them must not be published.
     */
    private static final Pattern BROKEN_STRUCTURE = Pattern.compile(
            "^(unterminated .*block|section title out of sequence|dropping cells from incomplete row"
                    + "|table missing leading separator|.*illegal (block content|style).*)");

    private final RenderSessions sessions;

    AsciidoctorLogRouter(RenderSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void log(LogRecord record) {
        RenderProblem.Severity severity = switch (record.getSeverity()) {
            case ERROR, FATAL, UNKNOWN -> RenderProblem.Severity.ERROR;
            case WARN -> BROKEN_STRUCTURE.matcher(String.valueOf(record.getMessage())).find()
                    ? RenderProblem.Severity.ERROR : RenderProblem.Severity.WARNING;
            default -> null;
        };
        Cursor cursor = record.getCursor();
        Optional<RenderSession> session = sessions.current();
        String file = fileOf(cursor, session.map(RenderSession::mainFile).orElse(SourceFiles.MAIN));
        Integer line = cursor == null || cursor.getLineNumber() <= 0 ? null : cursor.getLineNumber();
        if (severity == null || session.isEmpty()) {
            LOG.debug("asciidoctor {} {}:{}: {}", record.getSeverity(), file, line, record.getMessage());
            return;
        }
        session.get().report(new RenderProblem(file, line, severity, RenderMessages.chinese(record.getMessage())));
    }

    /** Paths are folder-relative because the render sets docfile and include paths that way. */
    private static String fileOf(Cursor cursor, String mainFile) {
        String path = cursor == null ? null : cursor.getPath();
        return path == null || path.isBlank() || path.equals("<stdin>") ? mainFile : path;
    }
}
