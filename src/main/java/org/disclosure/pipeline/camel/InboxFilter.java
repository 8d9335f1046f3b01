package org.disclosure.pipeline.camel;

import java.io.File;
import java.nio.file.Path;

import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;
import org.disclosure.pipeline.intake.InboxEntries;
import org.disclosure.pipeline.intake.QuietFiles;

/**
 * The inbox consumer's {@code filter}: only documents pass ({@link InboxEntries}: no hidden or
 * temporary upload names, no links unless into the trusted root, no folders or pipes, which
 * {@link InboxSweep} sets aside), and with read lock {@code quiet} only once complete
 * ({@link QuietFiles}).
 */
public final class InboxFilter implements GenericFileFilter<File> {

    private final InboxEntries entries;
    private final QuietFiles quietFiles;

    /** @param quietFiles the quiet-interval check, or null when the read lock is not {@code quiet} */
    public InboxFilter(InboxEntries entries, QuietFiles quietFiles) {
        this.entries = entries;
        this.quietFiles = quietFiles;
    }

    @Override
    public boolean accept(GenericFile<File> file) {
        Path entry = file.getFile().toPath();
        if (entries.classify(entry) != InboxEntries.Kind.DOCUMENT) {
            return false;
        }
        Path source = entries.readableSource(entry);   // a trusted link's target is what must stop changing
        return source != null && (quietFiles == null || quietFiles.accept(source));
    }
}
