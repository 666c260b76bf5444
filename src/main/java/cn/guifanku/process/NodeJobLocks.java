package cn.guifanku.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A node that restarts resumes the jobs it had taken (a publication cut off by a crash) at once, instead of waiting for
 * the job lock to expire (5 minutes on several nodes). The node keeps one identity across restarts — a UUID kept in its
 * data folder ({@code node-id}) — and Camunda's job executor locks jobs under it; when the engine is built, before the
 * job executor starts, the locks held under this identity are released: they can only be left from the node's own
 * previous life. Other nodes' locks are untouched, so on several nodes a survivor still takes over a dead node's jobs
 * after the lock time.
 */
@Component
class NodeJobLocks extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(NodeJobLocks.class);

    private final String nodeId;
    private final DataSource dataSource;

    NodeJobLocks(@Value("${guifanku.data-dir}") Path dataDir, DataSource dataSource) {
        this.nodeId = nodeId(dataDir);
        this.dataSource = dataSource;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getJobExecutor() != null) {
            configuration.getJobExecutor().setLockOwner(nodeId);
        }
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        int released = JdbcClient.create(dataSource)
                .sql("update ACT_RU_JOB set LOCK_OWNER_ = null, LOCK_EXP_TIME_ = null where LOCK_OWNER_ = ?")
                .param(nodeId).update();
        if (released > 0) {
            log.info("Released {} job lock(s) this node ({}) held before it stopped; they run again now", released, nodeId);
        }
    }

    String nodeId() {
        return nodeId;
    }

    static String nodeId(Path dataDir) {
        Path file = dataDir.resolve("node-id");
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.createDirectories(dataDir);
            String id = "node-" + UUID.randomUUID();
            Files.writeString(file, id + "\n", StandardCharsets.UTF_8);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep this node's identity in " + file, e);
        }
    }
}
