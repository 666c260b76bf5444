package cn.guifanku.render;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the render a callback from Asciidoctor belongs to. Extensions and the log handler are
 * registered once on the shared Asciidoctor instance, so per-render state cannot live in them:
 * the include processor finds its session through a locked document attribute carrying the
 * session id, the log handler (whose records carry no document) through the rendering thread.
 */
final class RenderSessions {

    /** Document attribute set by the API (and so locked) that names the current session. */
    static final String ATTRIBUTE = "guifanku-render-session";

    private final Map<String, RenderSession> byId = new ConcurrentHashMap<>();
    private final ThreadLocal<RenderSession> current = new ThreadLocal<>();

    RenderSession open(SourceFiles files) {
        return open(files, SourceFiles.MAIN);
    }

    RenderSession open(SourceFiles files, String mainFile) {
        String id = UUID.randomUUID().toString();
        RenderSession session = new RenderSession(id, files, mainFile, () -> {
            byId.remove(id);
            current.remove();
        });
        byId.put(id, session);
        current.set(session);
        return session;
    }

    Optional<RenderSession> byId(Object id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id.toString()));
    }

    Optional<RenderSession> current() {
        return Optional.ofNullable(current.get());
    }
}
