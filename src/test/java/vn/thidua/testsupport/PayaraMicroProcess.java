package vn.thidua.testsupport;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The WAR running on Payara Micro in a child JVM, as in production. */
public final class PayaraMicroProcess implements AutoCloseable {

    private final Process process;
    private final String baseUrl;

    private PayaraMicroProcess(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /**
     * Starts Payara Micro and waits until the application itself answers (Payara prints "ready"
     * even when the deployment failed).
     *
     * @param logFile where the server's output goes, or null to share this process's console
     */
    public static PayaraMicroProcess start(File buildDir, int httpPort, Map<String, String> systemProperties,
            File logFile, Duration timeout) {
        File war = new File(buildDir, "thidua.war");
        File micro = new File(buildDir, "payara-micro.jar");
        if (!war.isFile() || !micro.isFile()) {
            throw new IllegalStateException("Build first: " + war + " and " + micro + " are needed");
        }
        List<String> command = new ArrayList<>();
        command.add(new File(System.getProperty("java.home"), "bin/java").getPath());
        command.add("-Xmx768m");
        command.add("-Djava.io.tmpdir=" + new File(buildDir, "payara-tmp").getAbsolutePath());
        systemProperties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", micro.getAbsolutePath(),
                "--nohazelcast",
                "--postbootcommandfile", postBootFile(buildDir).getAbsolutePath(),
                "--port", String.valueOf(httpPort),
                "--rootdir", new File(buildDir, "payara-root").getAbsolutePath(),
                "--contextroot", "/",
                "--deploy", war.getAbsolutePath()));
        new File(buildDir, "payara-tmp").mkdirs();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (logFile == null) {
            builder.inheritIO();
        } else {
            builder.redirectOutput(logFile);
        }
        try {
            Process process = builder.start();
            String baseUrl = "http://localhost:" + httpPort;
            PayaraMicroProcess server = new PayaraMicroProcess(process, baseUrl);
            server.awaitReady(timeout, logFile);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Payara Micro did not start", e);
        }
    }

    /** config/payara/post-boot-single.asadmin, next to the build folder. */
    private static File postBootFile(File buildDir) {
        File file = new File(buildDir.getAbsoluteFile().getParentFile(), "config/payara/post-boot-single.asadmin");
        if (!file.isFile()) {
            throw new IllegalStateException("Missing " + file);
        }
        return file;
    }

    private void awaitReady(Duration timeout, File logFile) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        // three answers in a row: right after the first one Payara may still be adding request listeners, and a request
        // racing with that fails with a ConcurrentModificationException in the container
        int answers = 0;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + "; see " + logFile);
            }
            try {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/login.xhtml")).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                answers = response.statusCode() == 200 ? answers + 1 : 0;
                if (answers == 3) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(1000);
        }
        close();
        throw new IllegalStateException("The application did not answer within " + timeout + "; see " + logFile);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public void waitFor() throws InterruptedException {
        process.waitFor();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
