package dk.kl.partnerships.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * One of the platform's processes, started from its built jar as {@code ./run.sh} starts it: {@code java
 * @jvm.options [@<module>/jvm.options] [extra options] -jar <jar> <arguments>}, its output in a log file of its
 * own.
 */
final class PlatformProcess {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final List<String> command;
    private final String readinessUrl;
    private final Path log;
    private Process process;
    private Instant startedAt;
    private Duration startup;

    PlatformProcess(
            String name, Path jar, List<String> jvmExtra, List<String> arguments, String readinessUrl, Path logs) {
        this.name = name;
        this.command = new ArrayList<>(List.of(javaExecutable()));
        Settings.jvmOptions(jar).forEach(options -> command.add("@" + options));
        command.addAll(jvmExtra);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(arguments);
        this.readinessUrl = readinessUrl;
        this.log = logs.resolve(name + ".log");
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    void start() {
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(
                    log, "=== start " + Instant.now() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            startedAt = Instant.now();
            startup = null;
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the process answers ready, and notes how long it took from its start. */
    void awaitReady(Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        name + " exited with " + process.exitValue() + " while starting; see " + log);
            }
            if (ready()) {
                startup = Duration.between(startedAt, Instant.now());
                return;
            }
            sleep(100);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + log);
    }

    private boolean ready() {
        try {
            HttpResponse<Void> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(readinessUrl))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** From the start to the first ready answer, of the last start. */
    Duration startup() {
        return startup;
    }

    Instant startedAt() {
        return startedAt;
    }

    /** Resident memory now, from {@code /proc/<pid>/status} (VmRSS), in KiB; empty when it is not running. */
    OptionalLong rssKib() {
        if (process == null || !process.isAlive()) {
            return OptionalLong.empty();
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("\\D", "")));
                }
            }
            return OptionalLong.empty();
        } catch (IOException | RuntimeException gone) {
            return OptionalLong.empty();
        }
    }

    /** The processor time it has used so far (user and system), empty when it is not running. */
    Optional<Duration> cpuTime() {
        return isAlive() ? process.info().totalCpuDuration() : Optional.empty();
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Whether the log says the JVM ran out of memory. */
    boolean ranOutOfMemory() {
        try {
            return Files.isRegularFile(log) && Files.readString(log).contains("OutOfMemoryError");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGTERM and wait for the graceful shutdown; SIGKILL after 30 s. */
    void stop() {
        requestStop();
        awaitStopped();
    }

    /** SIGTERM, without waiting: several processes may shut down at once. */
    void requestStop() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    /** Waits for the graceful shutdown {@link #requestStop} asked for; SIGKILL after 30 s. */
    void awaitStopped() {
        if (process != null && !waitFor(Duration.ofSeconds(30))) {
            process.destroyForcibly();
            waitFor(Duration.ofSeconds(30));
        }
    }

    /** SIGSTOP: the process stands still, holding its memory and connections, until {@link #resume}. */
    void pause() {
        signal("STOP");
    }

    /** SIGCONT after {@link #pause}. */
    void resume() {
        signal("CONT");
    }

    private void signal(String signal) {
        try {
            int exit = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid()))
                    .inheritIO()
                    .start()
                    .waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kill -" + signal + " " + name + " exited with " + exit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private boolean waitFor(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    static void sleep(long millis) {
        sleep(millis, 0);
    }

    static void sleep(long millis, int nanos) {
        try {
            Thread.sleep(millis, nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
