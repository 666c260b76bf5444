package cn.guifanku.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rendered files, by the SHA-256 of their content. The database ({@code artifact} table) holds them, so every node
 * serves the same files and a database backup carries them; the folder ({@code ab/abcdef…}) is this node's cache,
 * filled from the database on first use after checking the checksum. A file is written to a temporary name and moved
 * into place atomically, so a reader never sees half a file; lookups take only a 64-digit hex checksum, so no
 * request can name a path outside the store.
 */
@Component
public class ArtifactStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private final Path root;
    private final JdbcClient jdbc;
    private final Clock clock;

    ArtifactStore(CatalogProperties properties, JdbcClient jdbc, Clock clock) {
        this.root = properties.artifacts().toAbsolutePath().normalize();
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores the bytes (a no-op when the same content is stored already) and says what they are. */
    public Artifact store(byte[] bytes) {
        String sha = sha256(bytes);
        if (!inDatabase(sha)) {
            try {
                jdbc.sql("insert into artifact (sha256, byte_size, content, stored_at) values (?, ?, ?, ?)")
                        .params(sha, (long) bytes.length, bytes, Timestamp.from(clock.instant())).update();
            } catch (DuplicateKeyException sameContentFromAnotherNode) {
                // stored meanwhile by another node: the same bytes
            }
        }
        cache(sha, bytes);
        return new Artifact(sha, bytes.length);
    }

    /** The file for a checksum (from this node's cache, filled from the database when missing), if there is one. */
    public Optional<Path> find(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        Path path = pathOf(sha256);
        if (Files.isRegularFile(path)) {
            return Optional.of(path);
        }
        Optional<byte[]> stored = jdbc.sql("select content from artifact where sha256 = ?").param(sha256)
                .query((rs, n) -> rs.getBytes(1)).optional();
        if (stored.isEmpty() || !sha256(stored.get()).equals(sha256)) {
            return Optional.empty();
        }
        cache(sha256, stored.get());
        return Optional.of(path);
    }

    /** Removes a file stored by a publication that then failed. */
    public void delete(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            return;
        }
        jdbc.sql("delete from artifact where sha256 = ?").param(sha256).update();
        try {
            Files.deleteIfExists(pathOf(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies a file that only this node's folder holds (stored before the database held them) into the database, so
     * every node can serve it; true when the database has it afterwards.
     */
    boolean copyIntoDatabase(String sha256) {
        if (inDatabase(sha256)) {
            return true;
        }
        Path path = pathOf(sha256);
        try {
            if (!Files.isRegularFile(path) || !sha256(Files.readAllBytes(path)).equals(sha256)) {
                return false;
            }
            store(Files.readAllBytes(path));
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the database holds the file (files stored before it did are only in a node's folder). */
    boolean inDatabase(String sha256) {
        return jdbc.sql("select count(*) from artifact where sha256 = ?").param(sha256).query(Integer.class).single() > 0;
    }

    private void cache(String sha, byte[] bytes) {
        Path target = pathOf(sha);
        try {
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path temp = Files.createTempFile(target.getParent(), sha, ".part");
                try {
                    Files.write(temp, bytes);
                    move(temp, target);
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path pathOf(String sha) {
        return root.resolve(sha.substring(0, 2)).resolve(sha);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
