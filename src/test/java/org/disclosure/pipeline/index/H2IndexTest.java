package org.disclosure.pipeline.index;

import java.nio.file.Path;

/** The index contract on the embedded database the service uses by default. */
class H2IndexTest extends IndexContract {

    @Override
    IndexSettings emptyDatabase(Path root) {
        return IndexSettings.embeddedIn(root.resolve("archive"));
    }
}
