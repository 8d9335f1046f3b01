package org.disclosure.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line: {@code [--once | --reindex] [--inbox DIR] [--archive DIR] [--failed DIR]}. Folders given
 * here override the environment and application.properties.
 */
record LaunchOptions(boolean once, boolean reindex, boolean help, String mode, Map<String, String> folders) {

    static final String USAGE = """
            Usage: java -jar target/disclosure-pipeline.jar [--once | --reindex] [--mode MODE] [--inbox DIR] [--archive DIR] [--failed DIR]

              (no --once)    service mode: watch the inbox and keep running until stopped
              --once         process every file present in the inbox, print a summary, exit (single mode only)
              --reindex      rebuild the archive index from the archived document.json files, then exit
              --mode MODE    single (default): this process does everything, no broker
                             coordinator: claim files from the inbox and queue them on Artemis
                             worker: process queued documents into the shared archive
                                                                 (env PIPELINE_MODE)
              --inbox DIR    where PDFs are dropped             (default ./inbox,   env PIPELINE_INBOX)
              --archive DIR  where processed documents are filed (default ./archive, env PIPELINE_ARCHIVE)
              --failed DIR   where rejected files go, with reasons (default ./failed,  env PIPELINE_FAILED)
            """;

    private static final Map<String, String> FOLDER_OPTIONS = Map.of(
            "--inbox", "pipeline.inbox", "--archive", "pipeline.archive", "--failed", "pipeline.failed");

    static LaunchOptions parse(List<String> args) {
        boolean once = false;
        boolean reindex = false;
        boolean help = false;
        String mode = null;
        Map<String, String> folders = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String option = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                option = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (option) {
                case "--once" -> once = true;
                case "--reindex" -> reindex = true;
                case "--help", "-h" -> help = true;
                case "--mode" -> {
                    if (value == null) {
                        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                            throw new IllegalArgumentException("--mode needs single, coordinator or worker");
                        }
                        value = args.get(++i);
                    }
                    mode = value;
                }
                case "--inbox", "--archive", "--failed" -> {
                    if (value == null) {
                        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                            throw new IllegalArgumentException(option + " needs a folder, e.g. " + option + " ./"
                                    + option.substring(2));
                        }
                        value = args.get(++i);
                    }
                    if (value.isBlank()) {
                        throw new IllegalArgumentException(option + " needs a folder, not an empty value");
                    }
                    folders.put(FOLDER_OPTIONS.get(option), value);
                }
                default -> throw new IllegalArgumentException("unknown option: " + arg);
            }
        }
        if (once && reindex) {
            throw new IllegalArgumentException("--once and --reindex are separate runs: give one of them");
        }
        return new LaunchOptions(once, reindex, help, mode, Map.copyOf(folders));
    }
}
