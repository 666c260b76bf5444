package cn.guifanku;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Makes Camunda's process engine wait for Flyway. On PostgreSQL Flyway creates Camunda's tables (db/vendor/postgresql)
 * and the engine, with {@code schema-update=false}, refuses to start without them; Spring Boot orders only the beans it
 * knows to need the database after Flyway, and Camunda's engine is not one of them. Registered in
 * META-INF/spring.factories.
 */
class CamundaAfterFlyway extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ProcessEngine.class);
    }
}
