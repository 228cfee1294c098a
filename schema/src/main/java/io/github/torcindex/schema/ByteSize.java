package io.github.torcindex.schema;

import java.util.Locale;

/** Sizes in bytes written for people, in binary units, as messages and reports print them. */
public final class ByteSize {

    private ByteSize() {
    }

    /** {@code bytes} in binary units: "812 KiB", "95.2 MiB", "1.4 GiB" (never "0" for a non-empty size). */
    public static String human(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
        }
        return String.format(Locale.ROOT, "%d KiB", (bytes + 1023) / 1024);
    }
}
