package cn.guifanku.postgres;

import cn.guifanku.ApplicationTestBase;

/** {@link ApplicationTestBase} on PostgreSQL: the whole application on the production profile. One shared context. */
@OnPostgres
public abstract class PostgresApplicationTestBase extends ApplicationTestBase {
}
