package vn.thidua.dev;

import java.io.File;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.thidua.testsupport.EmbeddedDatabase;
import vn.thidua.testsupport.PayaraMicroProcess;

/**
 * The README's run command: the WAR on Payara Micro at http://localhost:8080 with demo data, on an
 * embedded MariaDB whose data stays in ./data, or on the MySQL server named by DB_URL, DB_USER, DB_PASSWORD.
 */
public final class DevServer {

    public static void main(String[] args) throws Exception {
        File buildDir = new File(System.getProperty("thidua.buildDir", "target"));
        File dataDir = new File(System.getProperty("thidua.dataDir", "data"));
        int port = Integer.parseInt(env("PORT", "8080"));

        Map<String, String> props = new LinkedHashMap<>();
        props.put("thidua.demo", env("THIDUA_DEMO", "true"));
        props.put("thidua.storageDir", new File(dataDir, "storage").getAbsolutePath());
        EmbeddedDatabase database = null;
        String dbUrl = System.getenv("DB_URL");
        if (dbUrl == null || dbUrl.isBlank()) {
            database = EmbeddedDatabase.start(new File(dataDir, "mariadb-base"), new File(dataDir, "mariadb"),
                    Integer.parseInt(env("DB_PORT", "3307")));
            props.put("db.url", database.jdbcUrl("thidua"));
            props.put("db.user", "root");
            props.put("db.password", "");
        }
        PayaraMicroProcess server = PayaraMicroProcess.start(buildDir, port, props, null, Duration.ofMinutes(5));
        EmbeddedDatabase db = database;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            if (db != null) {
                db.close();
            }
        }));
        System.out.println();
        System.out.println("Thi đua is running at " + server.baseUrl() + "  (Ctrl+C stops it)");
        server.waitFor();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
