package org.madang.devdb;

import java.sql.Connection;
import java.sql.DriverManager;

/** Blocks the build until the asynchronously started test database accepts the portal's login. */
public final class WaitForDatabase {
    private WaitForDatabase() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.getInteger("devdb.port", 5433);
        String url = "jdbc:postgresql://localhost:" + port + "/madang";
        long deadline = System.currentTimeMillis() + 120_000;
        Exception last = null;
        while (System.currentTimeMillis() < deadline) {
            try (Connection c = DriverManager.getConnection(url, "madang", "madang")) {
                System.out.println("[devdb] database is accepting connections on port " + port);
                return;
            } catch (Exception e) {
                last = e;
                Thread.sleep(300);
            }
        }
        throw new IllegalStateException("test database did not come up on port " + port, last);
    }
}
