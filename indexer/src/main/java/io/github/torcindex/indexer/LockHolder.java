package io.github.torcindex.indexer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liquibase.util.NetUtil;

/**
 * Who holds a Liquibase changelog lock, read from its LOCKEDBY value, and whether that holder is gone.
 *
 * <p>torc-index runs Liquibase with the host description {@code torc-index-pid-N} (see
 * {@code ChangelogSession}), so a lock it takes reads {@code HOST#torc-index-pid-N (ADDRESS)}. When HOST is this
 * host and no process N runs here, the run that took the lock was killed: no one can be using the lock, and it
 * is safe to release. Any other holder (a {@code liquibase} command, another host, a process N that is alive,
 * even if N was reused by another program) is left alone.
 */
final class LockHolder {

    private static final Pattern TORC_INDEX = Pattern.compile("^(.*)#torc-index-pid-(\\d+) \\(.*\\)$");

    private LockHolder() {
    }

    /** The pid of the torc-index process on this host that took the lock and is no longer running, if so. */
    static Optional<Long> deadLocalTorcIndex(String lockedBy) {
        Matcher m = lockedBy == null ? null : TORC_INDEX.matcher(lockedBy);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        long pid = Long.parseLong(m.group(2));
        if (!m.group(1).equals(NetUtil.getLocalHostName()) || ProcessHandle.of(pid).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(pid);
    }
}
