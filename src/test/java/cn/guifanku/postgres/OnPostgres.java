package cn.guifanku.postgres;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a test of the whole application ({@link cn.guifanku.ApplicationTestBase} or a subclass) on PostgreSQL: the
 * production profile {@code postgres}, on a fresh database of the JVM's embedded server. {@code embedded} comes
 * first only for its demo committee, which the review scenarios act as; {@code postgres} overrides everything else.
 * Every class carrying this (and nothing else that changes the context) shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ActiveProfiles({"embedded", "postgres"})
@ContextConfiguration(initializers = PostgresDatabaseInitializer.class)
public @interface OnPostgres {
}
