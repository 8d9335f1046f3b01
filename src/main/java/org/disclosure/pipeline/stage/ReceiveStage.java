package org.disclosure.pipeline.stage;

import java.io.IOException;
import java.nio.file.Path;

import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.Job;

/** Takes a dropped file into the work area and issues the claim check the other stages pass on. */
public final class ReceiveStage {

    public static final String NAME = "receive";

    private final ArchiveStore store;

    public ReceiveStage(ArchiveStore store) {
        this.store = store;
    }

    public Job receive(Path dropped) {
        try {
            return store.receive(dropped);
        } catch (IOException e) {
            throw new StageFailure(NAME, "unreadable-file",
                    "The file could not be read from the inbox: " + e.getMessage(), e);
        }
    }
}
