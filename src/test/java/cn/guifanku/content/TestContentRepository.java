package cn.guifanku.content;

import java.nio.file.Path;

/** Opens a real Git content repository for tests of other features. */
public final class TestContentRepository {

    private TestContentRepository() {
    }

    public static ContentRepository open(Path directory) {
        return new GitContentRepository(directory);
    }

    /** A repository whose tags are signed by {@code signer}. */
    public static ContentRepository signed(Path directory, TagSigner signer) {
        return new GitContentRepository(directory, signer);
    }
}
