package org.disclosure.pipeline.camel;

import java.io.File;
import java.nio.file.Path;

import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;
import org.disclosure.pipeline.intake.QuietFiles;

/**
 * The inbox consumer's {@code filter}: hands the decision to {@link QuietFiles} (read lock
 * {@code quiet}), or, with another read lock, only keeps out what is not a regular file.
 */
public final class InboxFilter implements GenericFileFilter<File> {

    private final QuietFiles quietFiles;

    /** @param quietFiles the quiet-interval check, or null when the read lock is not {@code quiet} */
    public InboxFilter(QuietFiles quietFiles) {
        this.quietFiles = quietFiles;
    }

    @Override
    public boolean accept(GenericFile<File> file) {
        Path path = file.getFile().toPath();
        // symbolic links and other special entries are never taken from here (the inbox's link
        // handling deals with them); only regular files pass
        return quietFiles != null ? quietFiles.accept(path) : QuietFiles.isRegularFile(path);
    }
}
