package org.disclosure.pipeline.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Class-data sharing for worker JVMs: written once, then mapped; never in the way when absent or unusable. */
class WorkerClassDataTest {

    private static String jars(Path folder, String... names) throws Exception {
        List<String> entries = new ArrayList<>();
        for (String name : names) {
            entries.add(Files.writeString(folder.resolve(name), name).toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    @Test
    void theFirstWorkerWritesTheArchiveTheOthersWaitThenAllMapIt(@TempDir Path root) throws Exception {
        WorkerClassData classData = new WorkerClassData(root, jars(root, "a.jar", "b.jar"));
        WorkerClassData.Start first = classData.nextStart();
        assertThat(first.writesArchive()).isTrue();
        assertThat(first.options()).contains("-XX:ArchiveClassesAtExit=" + classData.archiveFile());
        WorkerClassData.Start second = classData.nextStart();
        assertThat(second.writesArchive()).as("one writer at a time").isFalse();
        assertThat(second.options()).noneMatch(o -> o.contains("ClassesAtExit") || o.contains("SharedArchiveFile"));

        Files.write(classData.archiveFile(), new byte[] {1});   // the first worker exited and wrote it
        WorkerClassData.Start later = classData.nextStart();
        assertThat(later.writesArchive()).isFalse();
        assertThat(later.options()).contains("-Xshare:auto", "-XX:SharedArchiveFile=" + classData.archiveFile());
        assertThat(classData.archiveFile().resolveSibling(classData.archiveFile().getFileName() + ".writing"))
                .as("the claim to write it is gone once it is written").doesNotExist();
    }

    @Test
    void aNewBuildHasAnArchiveOfItsOwn(@TempDir Path root) throws Exception {
        String classPath = jars(root, "app.jar");
        Path before = new WorkerClassData(root, classPath).archiveFile();
        Files.writeString(root.resolve("app.jar"), "a rebuilt jar, another size");
        assertThat(new WorkerClassData(root, classPath).archiveFile()).isNotEqualTo(before);
    }

    @Test
    void aClassPathWithFoldersGoesWithout(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("classes"));
        String classPath = jars(root, "a.jar") + File.pathSeparator + root.resolve("classes");
        WorkerClassData.Start start = new WorkerClassData(root, classPath).nextStart();
        assertThat(start.writesArchive()).isFalse();
        assertThat(start.options()).noneMatch(o -> o.contains("ClassesAtExit") || o.contains("SharedArchiveFile"));
    }

    /** An archive the JVM cannot use (here: not an archive at all) is ignored, and nothing reaches standard output. */
    @Test
    void anUnusableArchiveIsIgnoredSilently(@TempDir Path root) throws Exception {
        WorkerClassData classData = new WorkerClassData(root, jars(root, "a.jar"));
        Files.createDirectories(classData.archiveFile().getParent());
        Files.writeString(classData.archiveFile(), "not a class-data archive");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(classData.nextStart().options());
        command.add("-version");
        Process java = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(java.exitValue()).isZero();
        assertThat(out).as("standard output is the worker protocol's").isEmpty();
    }
}
