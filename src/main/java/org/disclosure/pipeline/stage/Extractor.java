package org.disclosure.pipeline.stage;

import org.disclosure.pipeline.archive.Job;

/** Runs the extract stage on a job, in this JVM or in an isolated worker process. */
public interface Extractor {

    /** Writes the job's first document.json into its work folder, or throws a {@link StageFailure}. */
    Job extract(Job job);
}
