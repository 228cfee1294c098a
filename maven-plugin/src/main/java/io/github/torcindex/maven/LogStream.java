package io.github.torcindex.maven;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.maven.plugin.logging.Log;

/** Lines written to it go to the Maven log at INFO (progress of the long goals: bench, demo). */
final class LogStream extends OutputStream {

    private final Log log;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    LogStream(Log log) {
        this.log = log;
    }

    @Override
    public void write(int b) {
        if (b == '\n') {
            log.info(line.toString(StandardCharsets.UTF_8));
            line.reset();
        } else {
            line.write(b);
        }
    }
}
