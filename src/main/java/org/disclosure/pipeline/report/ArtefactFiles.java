package org.disclosure.pipeline.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.disclosure.pipeline.archive.Artefact;
import org.disclosure.pipeline.archive.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Making an artefact: written whole under a temporary name and moved into place, or recorded as failed. */
final class ArtefactFiles {

    private static final Logger LOG = LoggerFactory.getLogger(ArtefactFiles.class);

    interface Making {
        void make() throws IOException;
    }

    interface Writing {
        void writeTo(Path temporary) throws IOException;
    }

    private ArtefactFiles() {
    }

    /** Runs the making; any failure is the artefact's, recorded with its reason. */
    static Artefact attempt(String name, Making making) {
        try {
            making.make();
            return Artefact.written(name);
        } catch (IOException | RuntimeException e) {
            LOG.warn("{} could not be made", LogText.escape(name), e);
            return Artefact.failed(name, e);
        }
    }

    /** Writes a file beside its target and moves it over the target, so no reader sees half of it. */
    static void replace(Path target, Writing writing) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            writing.writeTo(temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
