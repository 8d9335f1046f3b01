package org.disclosure.pipeline.camel;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.camel.BeanInject;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.Configuration;
import org.apache.camel.PropertyInject;
import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.stage.ArchiveStage;
import org.disclosure.pipeline.stage.DeduplicateStage;
import org.disclosure.pipeline.stage.ExtractStage;
import org.disclosure.pipeline.stage.OutcomeLedger;
import org.disclosure.pipeline.stage.ReceiveStage;
import org.disclosure.pipeline.stage.ReconcileStage;
import org.disclosure.pipeline.stage.RejectStage;

/** Binds the beans the routes use, configured from application.properties, environment or command line. */
@Configuration
public class PipelineConfiguration implements CamelConfiguration {

    @BindToRegistry("ledger")
    public OutcomeLedger ledger() {
        return new OutcomeLedger();
    }

    @BindToRegistry("batch")
    public BatchSignal batch() {
        return new BatchSignal();
    }

    @BindToRegistry("stages")
    public DocumentStages stages(@PropertyInject("pipeline.archive") String archiveDir,
                                 @PropertyInject("pipeline.failed") String failedDir,
                                 @PropertyInject(value = "pipeline.max-pages", defaultValue = "2000") int maxPages,
                                 @PropertyInject(value = "pipeline.version", defaultValue = "dev") String version,
                                 @BeanInject("ledger") OutcomeLedger ledger) throws IOException {
        ArchiveStore store = new ArchiveStore(Path.of(archiveDir), Path.of(failedDir));
        return new DocumentStages(new ReceiveStage(store), new DeduplicateStage(store),
                new ExtractStage(store, maxPages, version),
                new ReconcileStage(store), new ArchiveStage(store), new RejectStage(store), ledger);
    }
}
