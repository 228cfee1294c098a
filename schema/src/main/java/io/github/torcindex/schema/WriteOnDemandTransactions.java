package io.github.torcindex.schema;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A view of a connection (the one Liquibase gets) whose transactions take SQLite's write lock only when they
 * are about to write, hold it until they end, and leave a live Torc server room to write between them.
 *
 * <p>Three rules, each found with a live writer ({@code LiveServerIT}):
 * <ol>
 *   <li><b>Take the lock with {@code BEGIN IMMEDIATE} before the first write.</b> Liquibase reads (its lock
 *   row, a precondition) and then writes in one transaction. With SQLite's deferred BEGIN, a server commit in
 *   between makes the read snapshot stale and the write fails at once with SQLITE_BUSY, whatever the busy
 *   timeout. So before the first writing statement of a transaction, the reads so far are ended ({@code
 *   COMMIT}: nothing was written) and the write lock is taken with {@code BEGIN IMMEDIATE}, which waits up to
 *   the busy timeout. Liquibase's lock update checks its own row ({@code WHERE LOCKED = 0}), so it stays safe
 *   without the earlier read in the same transaction.</li>
 *   <li><b>Never take it for reading.</b> Most of Liquibase's transactions only read its history; in WAL mode
 *   they don't block the server, so they don't get the write lock.</li>
 *   <li><b>After each write transaction, wait before the next one.</b> A waiting SQLite connection does not
 *   queue: its busy handler sleeps and retries (1, 2, 5, 10, ... up to 100 ms per sleep). Back-to-back
 *   transactions that release the lock for microseconds starve it; a server stalled for 0.4-3.8 s while no
 *   single transaction of ours took longer than 0.3 s. A transaction that held the lock for h ms is therefore
 *   followed by min(100, max(5, h)) ms without it: longer than the sleep any waiter that began waiting during
 *   it is in, so that waiter gets the lock before torc-index takes it again.</li>
 * </ol>
 * Every hold is recorded in a {@link WriteLockLog}.
 */
final class WriteOnDemandTransactions implements InvocationHandler {

    private static final long MAX_GAP_MS = 100;
    private static final long MIN_GAP_MS = 5;
    private static final Set<String> STATEMENT_FACTORIES = Set.of("createStatement", "prepareStatement",
            "prepareCall");
    private static final Set<String> TRANSACTION_ENDS = Set.of("commit", "rollback", "setAutoCommit", "close");

    private final Connection delegate;
    private final WriteLockLog log;
    private Connection proxy;
    private boolean writing;
    private long heldSince;
    private final List<String> statements = new ArrayList<>();
    private long lastEnd;
    private long lastHeldMs;

    private WriteOnDemandTransactions(Connection delegate, WriteLockLog log) {
        this.delegate = delegate;
        this.log = log;
    }

    static Connection wrap(Connection connection, WriteLockLog log) {
        WriteOnDemandTransactions handler = new WriteOnDemandTransactions(connection, log);
        handler.proxy = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
        return handler.proxy;
    }

    @Override
    public Object invoke(Object self, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        Object result = call(delegate, method, args);
        if (TRANSACTION_ENDS.contains(name)) {
            endHold();
        } else if (STATEMENT_FACTORIES.contains(name)) {
            String sql = name.equals("createStatement") ? null : (String) args[0];
            return statementView((Statement) result, method.getReturnType(), sql);
        }
        return result;
    }

    private Object statementView(Statement statement, Class<?> type, String preparedSql) {
        List<String> batch = new ArrayList<>();
        InvocationHandler handler = (self, method, args) -> {
            String name = method.getName();
            if (name.equals("getConnection")) {
                return proxy;
            }
            if (name.equals("addBatch") && args != null && args.length == 1) {
                batch.add((String) args[0]);
            } else if (name.startsWith("execute")) {
                List<String> sql = args != null && args.length > 0 && args[0] instanceof String s ? List.of(s)
                        : name.contains("Batch") && preparedSql == null ? List.copyOf(batch)
                        : preparedSql == null ? List.of() : List.of(preparedSql);
                if (name.contains("Batch")) {
                    batch.clear();
                }
                if (beforeExecute(sql)) {
                    // An autocommit write is its own transaction: its hold ends when it returns.
                    try {
                        return call(statement, method, args);
                    } finally {
                        endHold();
                    }
                }
            }
            return call(statement, method, args);
        };
        Class<?> view = type == PreparedStatement.class || type == CallableStatement.class ? type : Statement.class;
        return Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {view}, handler);
    }

    /** Takes the write lock if {@code sql} writes; returns whether the statement runs in autocommit mode. */
    private boolean beforeExecute(List<String> sql) throws SQLException {
        List<String> writes = sql.stream().filter(s -> !SqlKind.isRead(s)).toList();
        if (writes.isEmpty()) {
            return false;
        }
        if (!writing) {
            politeGap();
            if (!delegate.getAutoCommit()) {
                try (Statement st = delegate.createStatement()) {
                    // End sqlite-jdbc's deferred transaction and any read snapshot in it (nothing was written),
                    // then wait, up to the busy timeout, for the write lock.
                    st.execute("COMMIT");
                    try {
                        st.execute("BEGIN IMMEDIATE");
                    } catch (SQLException busy) {
                        // Still inside a transaction as far as sqlite-jdbc and Liquibase know: without one, their
                        // rollback fails and Liquibase can't release its lock after this failure.
                        st.execute("BEGIN");
                        throw busy;
                    }
                }
            }
            writing = true;
            heldSince = System.nanoTime();
        }
        writes.forEach(s -> statements.add(s.strip().lines().findFirst().orElse("")));
        return delegate.getAutoCommit();
    }

    private void politeGap() {
        long gapMs = Math.min(MAX_GAP_MS, Math.max(MIN_GAP_MS, lastHeldMs));
        long waitNanos = lastEnd == 0 ? 0 : lastEnd + gapMs * 1_000_000 - System.nanoTime();
        if (waitNanos > 0) {
            try {
                Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void endHold() {
        if (!writing) {
            return;
        }
        long now = System.nanoTime();
        lastHeldMs = (now - heldSince) / 1_000_000;
        lastEnd = now;
        log.add(new WriteLockLog.Hold(Duration.ofNanos(now - heldSince), statements));
        statements.clear();
        writing = false;
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
