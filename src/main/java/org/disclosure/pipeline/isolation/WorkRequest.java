package org.disclosure.pipeline.isolation;

import java.time.Instant;

import org.disclosure.pipeline.archive.Job;

/** A job as it crosses the pipe to a worker process: the claim check, in plain strings. */
public record WorkRequest(String id, String fileName, String sha256, long bytes, String receivedAt, String workDir) {

    static WorkRequest of(Job job) {
        return new WorkRequest(job.id(), job.fileName(), job.sha256(), job.bytes(), job.receivedAt().toString(), job.workDir());
    }

    Job job() {
        return new Job(id, fileName, sha256, bytes, Instant.parse(receivedAt), workDir);
    }
}
