package cn.guifanku.content;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.http.server.GitServlet;
import org.eclipse.jgit.http.server.resolver.AsIsFileService;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.pack.PackConfig;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.UploadPack;
import org.eclipse.jgit.transport.resolver.ServiceNotAuthorizedException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The standards repository over smart HTTP at {@value #PATH} and {@value #SIGNED_IN_PATH}, served by JGit's own servlet from this node's
 * repository (its clone, on several nodes). Clones and fetches see only the refs {@link GitGate#mayFetch} lets through
 * and only objects reachable from them; a push is received into the object database, then each pushed ref is handed to
 * {@link GitGate#push} ({@link PushReceiver}); JGit itself moves no ref. The dumb protocol (files served as they are)
 * is off: it would bypass the ref filter. Who may call what is {@code security}'s filter chain for {@code /git/**}.
 */
@Configuration(proxyBeanMethods = false)
class GitHttpServing {

    /**
     * The one repository of an installation, below the application's root, through two doors: {@value #PATH} asks for
     * nothing (git sends credentials only when asked, so here a clone is anonymous and sees what is public; a push is
     * asked for a token), {@value #SIGNED_IN_PATH} asks every request for a token, so that its owner also fetches the
     * drafts they may read (the convention of Gerrit's {@code /a/}).
     */
    static final String PATH = GitGate.PUBLIC_PATH;
    static final String SIGNED_IN_PATH = GitGate.SIGNED_IN_PATH;
    /** One object (a file's bytes) at most: a draft file's limit (5 MB); a larger one stops the receive. */
    static final long MAX_OBJECT_BYTES = 5L * 1024 * 1024;
    /** One push's pack at most: a full draft folder (20 MB) with room for its commits and trees. */
    static final long MAX_PACK_BYTES = 24L * 1024 * 1024;
    /** Seconds a client may stay silent before its request is given up. */
    static final int TIMEOUT_SECONDS = 120;

    @Bean
    ServletRegistrationBean<GitServlet> gitServlet(ContentRepository content, ObjectProvider<GitGate> gates,
                                                   ApplicationEventPublisher events) {
        Repository repository = jgitRepository(content);
        // On several nodes each request first brings this node's clone up to the server of record (within the
        // clone's allowed staleness); with the server unreachable it serves what the clone has.
        Runnable freshen = content instanceof RemoteContentRepository remote ? remote::freshen : () -> { };
        GitServlet servlet = new GitServlet();
        servlet.setAsIsFileService(AsIsFileService.DISABLED);
        servlet.setRepositoryResolver((HttpServletRequest request, String name) -> {
            if (!"standards.git".equals(name) && !"auth/standards.git".equals(name)) {
                throw new RepositoryNotFoundException(name);
            }
            repository.incrementOpen(); // the servlet closes what it opened, and this one stays open
            return repository;
        });
        servlet.setUploadPackFactory((request, db) -> {
            freshen.run();
            GitGate gate = gates.getIfAvailable(() -> GitGate.PUBLIC_ONLY);
            UploadPack upload = new UploadPack(db);
            upload.setRefFilter(refs -> visible(refs, gate));
            upload.setRequestPolicy(UploadPack.RequestPolicy.REACHABLE_COMMIT);
            upload.setTimeout(TIMEOUT_SECONDS);
            PackConfig pack = new PackConfig(db);
            pack.setThreads(1); // bounded: one core per clone, the rest stays for readers
            upload.setPackConfig(pack);
            return upload;
        });
        servlet.setReceivePackFactory((request, db) -> {
            String user = request.getRemoteUser();
            if (user == null) {
                throw new ServiceNotAuthorizedException();
            }
            freshen.run();
            GitGate gate = gates.getIfAvailable(() -> GitGate.PUBLIC_ONLY);
            ReceivePack receive = new ReceivePack(db);
            receive.setRefFilter(refs -> visible(refs, gate));
            // Creations, deletions and forced updates reach the gate, which refuses each with a line of its own.
            receive.setAllowCreates(true);
            receive.setAllowDeletes(true);
            receive.setAllowNonFastForwards(true);
            receive.setCheckReceivedObjects(true);
            receive.setCheckReferencedObjectsAreReachable(true);
            receive.setMaxObjectSizeLimit(MAX_OBJECT_BYTES);
            receive.setMaxPackSizeLimit(MAX_PACK_BYTES);
            receive.setTimeout(TIMEOUT_SECONDS);
            receive.setAllowPushOptions(false);
            PushReceiver receiver = new PushReceiver(gate, events, user, request.getRemoteAddr(), request.getRequestURI());
            receive.setPreReceiveHook(receiver);
            receive.setUnpackErrorHandler(receiver.unpackErrors(receive, receive.getUnpackErrorHandler()));
            return receive;
        });
        ServletRegistrationBean<GitServlet> registration = new ServletRegistrationBean<>(servlet, "/git/*");
        registration.setName("git");
        registration.setLoadOnStartup(1);
        return registration;
    }

    private static java.util.Map<String, org.eclipse.jgit.lib.Ref> visible(
            java.util.Map<String, org.eclipse.jgit.lib.Ref> refs, GitGate gate) {
        java.util.Map<String, org.eclipse.jgit.lib.Ref> shown = new java.util.HashMap<>();
        refs.forEach((name, ref) -> {
            if (gate.mayFetch(name)) {
                shown.put(name, ref);
            }
        });
        return shown;
    }

    private static Repository jgitRepository(ContentRepository content) {
        if (content instanceof GitContentRepository local) {
            return local.repository();
        }
        if (content instanceof RemoteContentRepository remote) {
            return remote.local().repository();
        }
        throw new IllegalStateException("Git over HTTP needs the application's own repository, not " + content);
    }
}
