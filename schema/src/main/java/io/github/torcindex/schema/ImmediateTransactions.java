package io.github.torcindex.schema;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A view of a connection whose transactions take SQLite's write lock when their first statement is created,
 * and hold it only until they end.
 *
 * <p>Why: Liquibase reads (its lock row, a precondition) and then writes in one transaction. With SQLite's
 * deferred BEGIN, a live Torc server committing in between makes the read snapshot stale, and the write fails
 * at once with SQLITE_BUSY, whatever the busy timeout. sqlite-jdbc's own IMMEDIATE mode avoids that but begins
 * the next transaction right after each commit, so it would hold the write lock for a whole migration. Here a
 * transaction is upgraded ({@code ROLLBACK; BEGIN IMMEDIATE}, waiting up to the busy timeout) only when its
 * first statement is created, so between changesets the server can write.
 */
final class ImmediateTransactions implements InvocationHandler {

    private final Connection delegate;
    private boolean fresh = true;

    private ImmediateTransactions(Connection delegate) {
        this.delegate = delegate;
    }

    static Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new ImmediateTransactions(connection));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (name.equals("createStatement") || name.equals("prepareStatement") || name.equals("prepareCall")) {
            upgrade();
        }
        try {
            Object result = method.invoke(delegate, args);
            if (name.equals("commit") || name.equals("rollback") || name.equals("setAutoCommit")) {
                fresh = true;
            }
            return result;
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private void upgrade() throws SQLException {
        if (fresh && !delegate.getAutoCommit()) {
            try (Statement st = delegate.createStatement()) {
                // sqlite-jdbc has already begun a deferred transaction; nothing was read or written in it yet.
                st.execute("ROLLBACK");
                st.execute("BEGIN IMMEDIATE");
            }
            fresh = false;
        }
    }
}
