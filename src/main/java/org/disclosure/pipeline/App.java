package org.disclosure.pipeline;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.main.MainHttpServer;
import org.apache.camel.component.platform.http.main.ManagementHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.disclosure.pipeline.camel.BatchSignal;
import org.disclosure.pipeline.index.IndexCatchUp;
import org.disclosure.pipeline.camel.PipelineMode;
import org.disclosure.pipeline.metrics.StageTimes;
import org.disclosure.pipeline.stage.OutcomeLedger;

/** Starts the pipeline: as a service watching the inbox, or once over what the inbox holds. */
public final class App {

    /** Exit status for arguments that cannot be used. */
    static final int USAGE_ERROR = 2;

    private App() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        LaunchOptions options;
        PipelineMode mode;
        try {
            options = LaunchOptions.parse(Arrays.asList(args));
            checkFolders(options);
            mode = mode(options);
            if (options.once() && mode.distributed()) {
                throw new IllegalArgumentException("--once runs on one machine; it cannot be combined with --mode " + mode.word());
            }
        } catch (IllegalArgumentException e) {
            err.println("disclosure-pipeline: " + e.getMessage());
            err.println();
            err.print(LaunchOptions.USAGE);
            return USAGE_ERROR;
        }
        if (options.help()) {
            out.print(LaunchOptions.USAGE);
            return 0;
        }
        if (options.reindex()) {
            return Reindex.run(options, out, err);
        }
        Main main = create(options, mode);
        AtomicReference<OutcomeLedger> ledger = new AtomicReference<>();
        AtomicReference<String> notServing = new AtomicReference<>();
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeStart(BaseMainSupport support) {
                // a port taken by another program must stop the service before it starts, not leave it
                // running with a console nobody can reach
                for (ServedAddress address : servedAddresses(support.getCamelContext())) {
                    address.cannotServe().ifPresent(problem -> {
                        throw new CannotServe(problem);
                    });
                }
            }

            @Override
            public void afterStart(BaseMainSupport support) {
                CamelContext context = support.getCamelContext();
                ledger.set(context.getRegistry().lookupByNameAndType("ledger", OutcomeLedger.class));
                if (options.once()) {
                    ledger.get().onEach(outcome -> out.println(outcome.summaryLine()));
                    IndexCatchUp index = context.getRegistry().lookupByNameAndType("indexCatchUp", IndexCatchUp.class);
                    context.getRegistry().lookupByNameAndType("batch", BatchSignal.class).onDrained(() -> {
                        index.catchUp();   // a filing the index missed is in it when the run ends
                        main.completed();
                    });
                    return;
                }
                // the port was free a moment ago, but another program may have taken it in between
                List<ServedAddress> served = servedAddresses(context);
                if (!listening(context) && !served.isEmpty()) {
                    notServing.set(served.get(0).notListening());
                    main.completed();
                    return;
                }
                if (!served.isEmpty() && !mode.equals(PipelineMode.WORKER)) {
                    out.println(ServedAddress.readyLine(served.get(0),
                            Path.of(context.resolvePropertyPlaceholders("{{pipeline.inbox}}"))));
                }
            }
        });
        try {
            main.run();
        } catch (CannotServe e) {
            err.println(e.getMessage());
            stopQuietly(main);
            return CANNOT_SERVE;
        }
        if (notServing.get() != null) {
            err.println(notServing.get());
            return CANNOT_SERVE;
        }
        int status = main.getExitCode();
        if (ledger.get() == null) {
            err.println("disclosure-pipeline: the pipeline did not start; see the log above");
            return status == 0 ? 1 : status;
        }
        if (options.once()) {
            out.println(ledger.get().totalLine());
            writeStageTimes(err);
        }
        return status;
    }

    /** For the benchmark: the batch's time per stage, to the file the system property names, if it does. */
    private static void writeStageTimes(PrintStream err) {
        String file = System.getProperty(StageTimes.FILE_PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            StageTimes.write(Path.of(file));
        } catch (java.io.IOException e) {
            err.println("disclosure-pipeline: the stage times could not be written to " + file + ": " + e.getMessage());
        }
    }

    /** Exit status when the console (or health and metrics) cannot be served where configured. */
    static final int CANNOT_SERVE = 3;

    /** Stops a start-up that was refused; the line already printed says why, so its own errors go unsaid. */
    private static final class CannotServe extends RuntimeException {
        CannotServe(String message) {
            super(message, null, false, false);
        }
    }

    private static void stopQuietly(Main main) {
        try {
            main.stop();
        } catch (Exception ignored) {
            // the process is about to end with the reason printed
        }
    }

    /** The console's address first, then health and metrics' when they have a port of their own. */
    static List<ServedAddress> servedAddresses(CamelContext context) {
        List<ServedAddress> served = new ArrayList<>();
        MainHttpServer console = context.hasService(MainHttpServer.class);
        if (console != null) {
            served.add(new ServedAddress("the console", console.getHost(), console.getPort(), "camel.server"));
        }
        ManagementHttpServer management = context.hasService(ManagementHttpServer.class);
        if (management != null && (console == null || management.getPort() != console.getPort())) {
            served.add(new ServedAddress("health and metrics", management.getHost(), management.getPort(), "camel.management"));
        }
        return served;
    }

    /**
     * Whether every HTTP server Camel started really listens: a failed bind is only logged by
     * camel-platform-http-vertx, the start goes on. Vert.x's public API cannot tell (actualPort()
     * answers the requested port even after a failed bind), so this asks its server base class.
     */
    private static boolean listening(CamelContext context) {
        for (VertxPlatformHttpServer server : context.hasServices(VertxPlatformHttpServer.class)) {
            if (server.getServer() == null
                    || server.getServer() instanceof io.vertx.core.net.impl.TCPServerBase base && !base.isListening()) {
                return false;
            }
        }
        return true;
    }

    /** The mode from the command line, else the environment, else single. */
    static PipelineMode mode(LaunchOptions options) {
        String mode = options.mode() != null ? options.mode() : System.getenv("PIPELINE_MODE");
        return mode == null || mode.isBlank() ? PipelineMode.SINGLE : PipelineMode.of(mode);
    }

    /** The Camel application with its configuration and, for the mode and folders given, command-line overrides. */
    static Main create(LaunchOptions options, PipelineMode mode) {
        // camel-main finds PipelineConfiguration (@Configuration) by scanning this class's package
        Main main = new Main(App.class);
        // Environment variables, by the README's rule, for every key of application.properties (see
        // EnvironmentSettings for why camel-main's own mapping is turned off). They are override
        // properties, below the mode's settings and the command line, which are added after them.
        main.addOverrideProperty("camel.main.autoConfigurationEnvironmentVariablesEnabled", "false");
        // placeholders read a variable only for a key set nowhere else, so it cannot beat the command line
        main.addOverrideProperty("camel.component.properties.environmentVariableMode",
                Integer.toString(org.apache.camel.component.properties.PropertiesComponent.ENVIRONMENT_VARIABLES_MODE_FALLBACK));
        EnvironmentSettings.overrides(EnvironmentSettings.applicationKeys(), System.getenv()).forEach(main::addOverrideProperty);
        mode.settings().forEach(main::addOverrideProperty);
        for (Map.Entry<String, String> folder : options.folders().entrySet()) {
            main.addOverrideProperty(folder.getKey(), Path.of(folder.getValue()).toAbsolutePath().toString());
        }
        if (options.once()) {
            main.addOverrideProperty("pipeline.once", "true");
            // Files already present are complete: no need to wait for them to stop changing.
            main.addOverrideProperty("pipeline.read-lock", "none");
            // the run ends at the first look that finds nothing left and nothing in hand: look often
            main.addOverrideProperty("pipeline.poll-delay", "250");
            // a batch run serves no console
            main.addOverrideProperty("camel.server.enabled", "false");
            main.addOverrideProperty("camel.management.enabled", "false");
            main.addOverrideProperty("camel.main.routes-exclude-pattern", "**/console.camel.yaml");
        }
        return main;
    }

    private static void checkFolders(LaunchOptions options) {
        Set<Path> distinct = new HashSet<>();
        for (Map.Entry<String, String> folder : options.folders().entrySet()) {
            Path path = Path.of(folder.getValue()).toAbsolutePath().normalize();
            if (Files.exists(path) && !Files.isDirectory(path)) {
                throw new IllegalArgumentException(folder.getValue() + " is a file, not a folder");
            }
            if (!distinct.add(path)) {
                throw new IllegalArgumentException("the inbox, archive and failed folders must be different: "
                        + folder.getValue() + " is given twice");
            }
        }
        String inbox = options.folders().get("pipeline.inbox");
        if (options.once() && inbox != null && !Files.isDirectory(Path.of(inbox))) {
            throw new IllegalArgumentException("inbox folder does not exist: " + inbox);
        }
    }
}
