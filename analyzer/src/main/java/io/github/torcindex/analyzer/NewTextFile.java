package io.github.torcindex.analyzer;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import io.github.torcindex.schema.TorcDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A text file torc-index writes for the user (an advice changelog, an extracted catalog): always a new file,
 * never one that exists, a folder, a device or a fifo; checked before any work starts.
 */
public final class NewTextFile {

    private NewTextFile() {
    }

    /**
     * Checks that {@code what} can be written to {@code file}.
     *
     * @return the absolute path
     * @throws TorcIndexException if the file exists or is a folder, or its folder is missing or read-only
     */
    public static Path check(Path file, String what, String example) {
        Path target = file.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (Files.isDirectory(target) || file.toString().endsWith("/")) {
            throw new TorcIndexException(ErrorCode.NOT_A_FILE, "Cannot write the " + what + " to " + target
                    + ": it is a directory. Give a file name such as " + target.resolve(example) + ".");
        }
        if (Files.exists(target)) {
            throw new TorcIndexException(ErrorCode.ALREADY_EXISTS, "Refusing to overwrite " + target
                    + ": the file exists" + (what.equals("changelog") ? " (it may be a changelog already applied "
                    + "somewhere)" : "") + ". Give another path.");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new TorcIndexException(ErrorCode.DATABASE_MISSING, "Cannot write the " + what + " to " + target
                    + ": the folder " + folder + " does not exist.");
        }
        if (!TorcDatabase.isWritable(folder)) {
            throw new TorcIndexException(ErrorCode.READ_ONLY, "Cannot write the " + what + " to " + target
                    + ": the folder " + folder + " is read-only.");
        }
        return target;
    }

    /**
     * Writes {@code text} to the new file {@code file}.
     *
     * @throws TorcIndexException as {@link #check}, or if it can't be written
     */
    public static Path write(Path file, String text, String what, String example) {
        Path target = check(file, what, example);
        try {
            Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new TorcIndexException(ErrorCode.READ_ONLY, "Could not write the " + what + " " + target + ": "
                    + e.getMessage(), e);
        }
        return target;
    }
}
