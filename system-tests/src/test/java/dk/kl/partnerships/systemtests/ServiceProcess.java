package dk.kl.partnerships.systemtests;

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
import java.util.concurrent.TimeUnit;

/** One of the platform's processes, started from its built jar with the JVM that runs the tests. */
final class ServiceProcess {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path jar;
    private final List<String> heap;
    private final List<String> arguments;
    private final String readinessUrl;
    private final Path log;
    private Process process;

    ServiceProcess(String name, Path jar, List<String> arguments, String readinessUrl, Path logDirectory) {
        this(name, jar, List.of(), arguments, readinessUrl, logDirectory);
    }

    /** @param heap JVM options that override the platform's, such as a larger heap for the store */
    ServiceProcess(
            String name, Path jar, List<String> heap, List<String> arguments, String readinessUrl, Path logDirectory) {
        this.name = name;
        this.heap = List.copyOf(heap);
        this.jar = jar;
        this.arguments = List.copyOf(arguments);
        this.readinessUrl = readinessUrl;
        this.log = logDirectory.resolve(name + ".log");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the modules first (./mvnw verify builds them)");
        }
    }

    String name() {
        return name;
    }

    void start() {
        List<String> command = new ArrayList<>(List.of(javaExecutable()));
        jvmOptions(jar).forEach(options -> command.add("@" + options));
        command.addAll(heap);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(arguments);
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(
                    log, "=== start " + Instant.now() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void awaitReady(Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        name + " exited with " + process.exitValue() + " while starting; see " + log);
            }
            try {
                HttpResponse<Void> response = HTTP.send(
                        HttpRequest.newBuilder(URI.create(readinessUrl))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + log);
    }

    /** SIGKILL: no shutdown hook, no graceful anything — a crash. */
    void kill() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(30));
    }

    /** SIGTERM and wait for the graceful shutdown. */
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!waitFor(Duration.ofSeconds(30))) {
                kill();
            }
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    private boolean waitFor(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The JVM options files, the ones ./run.sh uses too: the platform's, then the module's own
     * ({@code <module>/jvm.options}) where it has one, whose options win.
     */
    private static List<Path> jvmOptions(Path jar) {
        String options = System.getProperty("partnerships.jvm-options");
        if (options == null) {
            throw new IllegalStateException("System property partnerships.jvm-options is not set; run through Maven");
        }
        Path module = jar.toAbsolutePath().getParent().getParent().resolve("jvm.options");
        return Files.isRegularFile(module) ? List.of(Path.of(options), module) : List.of(Path.of(options));
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Where the process's output goes. */
    Path log() {
        return log;
    }
}
