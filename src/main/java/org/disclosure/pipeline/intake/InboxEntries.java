package org.disclosure.pipeline.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.regex.Pattern;

/**
 * What an entry of the inbox is, seen without following links: a document to take, a name to leave
 * alone (hidden, an uploader's temporary name), or something that must never be read as a document
 * (a symbolic link, a folder, a pipe or device), which is set aside with a record instead.
 */
public final class InboxEntries {

    /** What an inbox entry is to the pipeline. */
    public enum Kind {
        /** a regular file, or a link into the trusted root: take it when it is complete */
        DOCUMENT,
        /** hidden, or still being written under a temporary name: not ours yet */
        IGNORED,
        /** a symbolic link that may not be followed (or leads nowhere, or to a folder) */
        LINK,
        /** a folder */
        FOLDER,
        /** a pipe, socket or device */
        SPECIAL
    }

    /** Hidden names, Office lock files, and the names uploaders write under before renaming. */
    private static final Pattern IGNORED_NAME = Pattern.compile("\\..*|~\\$.*|.*\\.(part|tmp|crdownload|filepart|download)");

    private final Path trustedLinkRoot;

    /** @param trustedLinkRoot links leading to a file inside this folder are followed; null: none are */
    public InboxEntries(Path trustedLinkRoot) {
        this.trustedLinkRoot = trustedLinkRoot == null ? null : trustedLinkRoot.toAbsolutePath().normalize();
    }

    public static boolean isIgnoredName(String name) {
        return IGNORED_NAME.matcher(name).matches();
    }

    public Kind classify(Path entry) {
        if (isIgnoredName(entry.getFileName().toString())) {
            return Kind.IGNORED;
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException goneMeanwhile) {
            return Kind.IGNORED;
        }
        if (attributes.isSymbolicLink()) {
            return isTrustedLink(entry) ? Kind.DOCUMENT : Kind.LINK;
        }
        if (attributes.isDirectory()) {
            return Kind.FOLDER;
        }
        return attributes.isRegularFile() ? Kind.DOCUMENT : Kind.SPECIAL;
    }

    /** A link is followed only when configured, and only to a regular file really inside the trusted root. */
    private boolean isTrustedLink(Path link) {
        if (trustedLinkRoot == null) {
            return false;
        }
        try {
            Path target = link.toRealPath();
            return Files.isRegularFile(target) && target.startsWith(trustedLinkRoot.toRealPath());
        } catch (IOException danglingOrUnreadable) {
            return false;
        }
    }

    /**
     * The path whose bytes a stage may read for this entry: the entry itself when it is a regular
     * file, a trusted link's real target, and null for anything else (a link from outside, a folder).
     */
    public Path readableSource(Path entry) {
        try {
            if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                return entry;
            }
            return Files.isSymbolicLink(entry) && isTrustedLink(entry) ? entry.toRealPath() : null;
        } catch (IOException goneMeanwhile) {
            return null;
        }
    }

    /** Where a link points, as written in the link, for the record; null if it is no link. */
    public static String linkTarget(Path entry) {
        try {
            return Files.readSymbolicLink(entry).toString();
        } catch (IOException | UnsupportedOperationException notALink) {
            return null;
        }
    }
}
