package cn.guifanku.postgres;

import cn.guifanku.ReviewEndToEndTest;

/**
 * The end-to-end review scenarios of {@link ReviewEndToEndTest}, unchanged, on PostgreSQL with the production profile:
 * every test there runs here too.
 */
@OnPostgres
class ReviewEndToEndOnPostgresTest extends ReviewEndToEndTest {
}
