package dk.kl.partnerships.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the figures depend on: the machine, its memory, the JDK, and how busy it was. */
final class MachineFacts {

    private MachineFacts() {}

    static Map<String, String> describe() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("CPU", procField("/proc/cpuinfo", "model name").orElse("unknown"));
        facts.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        facts.put(
                "RAM",
                procField("/proc/meminfo", "MemTotal")
                        .map(kb -> "%.1f GiB".formatted(Long.parseLong(kb.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                        .orElse("unknown"));
        facts.put(
                "JDK",
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.runtime.version"));
        facts.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return facts;
    }

    /** The output of {@code uptime} (its load averages), or /proc/loadavg where there is no uptime. */
    static String load() {
        try {
            Process uptime =
                    new ProcessBuilder("uptime").redirectErrorStream(true).start();
            String out = new String(uptime.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (uptime.waitFor() == 0 && !out.isEmpty()) {
                return out;
            }
        } catch (IOException notThere) {
            // fall through
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            return "load average: " + Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.Optional<String> procField(String file, String field) {
        try {
            return Files.readAllLines(Path.of(file)).stream()
                    .filter(line -> line.startsWith(field))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
