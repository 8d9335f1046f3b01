package org.disclosure.pipeline.isolation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.disclosure.pipeline.stage.WorkInterrupted;

/**
 * A fixed number of worker processes, started when first needed and replaced when one is killed,
 * runs out of memory, crashes or has handled its quota. A caller waits for a free worker, so no
 * more documents are in extraction at once than there are workers.
 */
public final class WorkerPool implements AutoCloseable {

    /** A place for one worker; empty until a worker is started in it. */
    private static final class Slot {
        WorkerProcess worker;
    }

    private final WorkerCommand command;
    private final WorkerClassData classData;
    private final WorkerLimits limits;
    private final BlockingQueue<Slot> free;
    private final List<Slot> slots = new ArrayList<>();
    private volatile boolean closed;

    public WorkerPool(WorkerCommand command, WorkerLimits limits) {
        this.command = command;
        this.classData = new WorkerClassData(command.archiveRoot());
        this.limits = limits;
        this.free = new ArrayBlockingQueue<>(limits.workers());
        for (int i = 0; i < limits.workers(); i++) {
            Slot slot = new Slot();
            slots.add(slot);
            free.add(slot);
        }
    }

    public WorkerLimits limits() {
        return limits;
    }

    /** Runs one request on a free worker and returns its reply; a lost worker is replaced next time. */
    WorkReply run(WorkRequest request) throws IOException, WorkerLost {
        Slot slot;
        try {
            slot = free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkInterrupted("stopped while waiting for a worker");
        }
        try {
            if (closed) {
                throw new WorkInterrupted("the service is stopping");
            }
            if (slot.worker == null || !slot.worker.isAlive() || slot.worker.handled() >= limits.recycleAfter()) {
                if (slot.worker != null) {
                    slot.worker.retire();
                }
                slot.worker = null;
                WorkerClassData.Start start = classData.nextStart();
                slot.worker = WorkerProcess.start(command.command(limits, start.options()), limits.startTimeout(),
                        start.writesArchive());
            }
            try {
                // a scan's OCR lines extend its deadline; its progress reaches people through the log and
                // the console (the worker writes it to the job's folder), so nothing more is done with them here
                return slot.worker.run(request, limits::timeoutFor, reply -> { });
            } catch (WorkerLost | IOException e) {
                slot.worker.close();
                slot.worker = null;
                if (closed || Thread.currentThread().isInterrupted()) {
                    throw new WorkInterrupted("the service stopped while the worker was reading the document");
                }
                throw e;
            }
        } finally {
            free.add(slot);
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Slot slot : slots) {
            WorkerProcess worker = slot.worker;
            if (worker != null) {
                worker.retire();
            }
        }
    }
}
