package org.madang.platform.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract on PostgreSQL (an embedded one, with the project's own migration of the table). A
 * caller's transaction is one connection that is not in autocommit, as a JTA transaction hands the
 * same connection to the rows' and the file's statements.
 */
class DatabaseFileStoreTest extends FileStoreContract {
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.createStatement().execute(Files.readString(
                    Path.of("src/main/resources/db/migration/V202612100300__platform_stored_files.sql"),
                    StandardCharsets.UTF_8));
            c.createStatement().execute("create table caller_row (storage_key varchar(100) primary key)");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    FileStore store() {
        return new DatabaseFileStore(postgres.getPostgresDatabase());
    }

    @Override
    Caller begin() throws Exception {
        Connection c = postgres.getPostgresDatabase().getConnection();
        c.setAutoCommit(false);
        return new InOneTransaction(c);
    }

    @Test
    void theStoreJoinsTheCallersTransaction() {
        assertThat(store().joinsTransactions()).isTrue();
    }

    /** One connection shared by the caller's rows and the store, as JTA enlists one. */
    private static final class InOneTransaction extends Caller {
        private final Connection connection;
        private final List<String> mine = new ArrayList<>();

        InOneTransaction(Connection connection) {
            super(new DatabaseFileStore(sharing(connection)), new ArrayList<>());
            this.connection = connection;
        }

        @Override
        void row(String key) {
            try (PreparedStatement ps = connection.prepareStatement("insert into caller_row values (?)")) {
                ps.setString(1, key);
                ps.executeUpdate();
                mine.add(key);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        List<String> committedRows() {
            List<String> found = new ArrayList<>();
            try (Connection c = postgres.getPostgresDatabase().getConnection();
                 PreparedStatement ps = c.prepareStatement("select storage_key from caller_row where storage_key = any (?)")) {
                ps.setArray(1, c.createArrayOf("varchar", mine.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getString(1));
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return found;
        }

        @Override
        void commit() throws Exception {
            connection.commit();
            connection.close();
            end(jakarta.transaction.Status.STATUS_COMMITTED);
        }

        @Override
        void rollback() throws Exception {
            connection.rollback();
            connection.close();
            end(jakarta.transaction.Status.STATUS_ROLLEDBACK);
        }

        /** A data source that hands out the transaction's connection, whose close() leaves it open. */
        private static DataSource sharing(Connection connection) {
            Connection unclosable = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close")) {
                            return null;
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                    new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                        if (method.getName().equals("getConnection")) {
                            return unclosable;
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
        }
    }
}
