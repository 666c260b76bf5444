package cn.guifanku.cluster;

import static java.nio.charset.StandardCharsets.UTF_8;

import cn.guifanku.ChildJvm;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.http.server.GitServlet;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.ReceivePack;

/**
 * The Git server of record for the multi-node tests, as an operator has one: a process of its own serving a bare
 * repository over smart HTTP (JGit's servlet in an embedded Tomcat) and asking every request for the application's
 * account with HTTP Basic, as GitLab or Gitea asks for a user and an access token. Stopping it is the unreachable
 * server; starting it again on the same port is the server coming back.
 */
final class GitServerOfRecord implements AutoCloseable {

    static final String USER = "guifanku-app";
    static final String PASSWORD = "glpat-test-token";
    static final String NAME = "standards.git";

    final Path repository;
    private final Path log;
    private int port;
    private Process process;

    private GitServerOfRecord(Path repository, Path log) {
        this.repository = repository;
        this.log = log;
    }

    /** Starts a server for the bare repository on a free port. */
    static GitServerOfRecord start(Path repository, Path log) throws IOException {
        GitServerOfRecord server = new GitServerOfRecord(repository, log);
        server.launch(0);
        return server;
    }

    /** The repository's URL, the one an operator gives as GUIFANKU_CONTENT_REMOTE_URL. */
    String url() {
        return "http://localhost:" + port + "/" + NAME;
    }

    /** The server goes away: connections are refused from now on. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** The server comes back at the same address. */
    void restart() throws IOException {
        launch(port);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            stop();
        }
    }

    private void launch(int wanted) throws IOException {
        List<String> command = ChildJvm.command(List.of("-Xmx256m", "-Dfile.encoding=UTF-8"), GitServerOfRecord.class,
                repository.toString(), Integer.toString(wanted));
        Files.createDirectories(log.getParent());
        process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("LISTENING ")) {
                port = Integer.parseInt(line.substring("LISTENING ".length()).strip());
                return;
            }
        }
        throw new IllegalStateException("the Git server did not start: see " + log.toAbsolutePath());
    }

    /** The server's process: {@code GitServerOfRecord <bare repository> <port, 0 for any>}. */
    public static void main(String[] args) throws Exception {
        Path bare = Path.of(args[0]);
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("git-server-of-record").toString());
        tomcat.setPort(Integer.parseInt(args[1]));
        Context context = tomcat.addContext("", null);

        GitServlet git = new GitServlet();
        git.setRepositoryResolver((HttpServletRequest request, String name) -> {
            if (!NAME.equals(name)) {
                throw new RepositoryNotFoundException(name);
            }
            try {
                return new FileRepositoryBuilder().setGitDir(bare.toFile()).setMustExist(true).build();
            } catch (IOException e) {
                throw new RepositoryNotFoundException(name, e);
            }
        });
        // Every request passed the account check below, so the account may push (as its token allows on a Git host).
        git.setReceivePackFactory((request, repository) -> new ReceivePack(repository));
        Tomcat.addServlet(context, "git", git);
        context.addServletMappingDecoded("/*", "git");

        FilterDef account = new FilterDef();
        account.setFilterName("account");
        account.setFilter((Filter) (request, response, chain) -> {
            String expected = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(UTF_8));
            if (expected.equals(((HttpServletRequest) request).getHeader("Authorization"))) {
                chain.doFilter(request, response);
                return;
            }
            HttpServletResponse answer = (HttpServletResponse) response;
            answer.setHeader("WWW-Authenticate", "Basic realm=\"git server of record\"");
            answer.sendError(401);
        });
        context.addFilterDef(account);
        FilterMap everything = new FilterMap();
        everything.setFilterName("account");
        everything.addURLPattern("/*");
        context.addFilterMap(everything);

        tomcat.start();
        System.out.println("LISTENING " + tomcat.getConnector().getLocalPort());
        System.out.flush();
        tomcat.getServer().await();
    }
}
