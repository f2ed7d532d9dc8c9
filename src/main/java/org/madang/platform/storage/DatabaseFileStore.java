package org.madang.platform.storage;

import jakarta.enterprise.inject.Vetoed;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * {@code MADANG_FILE_STORE=database}: files in PostgreSQL, table {@code stored_file} (bytea: the
 * largest file the portal accepts is 20 MB, far below bytea's 1 GB, and a row's bytes go with the
 * row, with no large objects left behind to vacuum). Connections come from the application's
 * data source, so inside a transaction a file is stored and deleted with the rows that name it:
 * committed together or not at all.
 */
@Vetoed
public final class DatabaseFileStore implements FileStore {
    private final DataSource dataSource;

    public DatabaseFileStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void put(String key, InputStream content, long size) {
        StorageKeys.check(key);
        byte[] bytes;
        try {
            // read whole before any statement: a source that fails half-way leaves the transaction untouched
            bytes = content.readNBytes(Math.toIntExact(size));
            if (bytes.length < size) {
                throw new EOFException("the content ended " + (size - bytes.length) + " bytes early");
            }
            if (content.read() >= 0) {
                throw new IOException("the content is longer than " + size + " bytes");
            }
        } catch (IOException e) {
            throw new NotStored("cannot read the file to store", e);
        }
        put(key, bytes);
    }

    @Override
    public void put(String key, byte[] bytes) {
        StorageKeys.check(key);
        // "on conflict do nothing": a taken key must not abort the caller's whole transaction
        int inserted = update("insert into stored_file (storage_key, content, size_bytes) values (?, ?, ?) "
                + "on conflict (storage_key) do nothing", key, bytes, (long) bytes.length);
        if (inserted == 0) {
            throw new KeyTaken(key);
        }
    }

    @Override
    public InputStream open(String key) {
        return new ByteArrayInputStream(read(key));
    }

    /** The bytes at once: PostgreSQL sends a bytea whole anyway. */
    @Override
    public byte[] read(String key) {
        StorageKeys.check(key);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select content from stored_file where storage_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new Missing(key, new IOException("no row"));
                }
                return rs.getBytes(1);
            }
        } catch (SQLException e) {
            throw new NotStored("cannot read a stored file", new IOException(e));
        }
    }

    @Override
    public boolean exists(String key) {
        StorageKeys.check(key);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select 1 from stored_file where storage_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new NotStored("cannot look for a stored file", new IOException(e));
        }
    }

    @Override
    public void delete(String key) {
        update("delete from stored_file where storage_key = ?", StorageKeys.check(key));
    }

    @Override
    public boolean joinsTransactions() {
        return true;
    }

    @Override
    public String describe() {
        return "database table stored_file";
    }

    private int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] instanceof byte[] b) {
                    ps.setBytes(i + 1, b);
                } else {
                    ps.setObject(i + 1, params[i]);
                }
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new NotStored("cannot change the stored files", new IOException(e));
        }
    }
}
