package cn.guifanku.publication;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * One publication at a time in the whole cluster: the lock is a row of {@code cluster_lock} held by
 * {@code select … for update} on a connection of its own, for as long as the publication runs. The work itself uses
 * its own connections and transactions as before. A node that dies mid-publication loses that connection and the
 * database releases the row, so the lock needs no lease and cannot be left behind; within a node, a fair lock queues
 * the threads first, so the database is asked only once per node.
 */
@Component
class PublicationLock {

    private final DataSource dataSource;
    private final ReentrantLock local = new ReentrantLock(true);

    PublicationLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> T whileHeld(Supplier<T> work) {
        local.lock();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement lock = connection.prepareStatement(
                        "select name from cluster_lock where name = 'publication' for update")) {
                    lock.executeQuery().close();
                }
                return work.get();
            } finally {
                connection.rollback(); // nothing was written on this connection: ending it releases the row
            }
        } catch (SQLException e) {
            throw new IllegalStateException("发布锁不可用：" + e.getMessage(), e);
        } finally {
            local.unlock();
        }
    }
}
