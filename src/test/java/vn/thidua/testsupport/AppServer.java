package vn.thidua.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts, once for all integration tests of a run, the built WAR on Payara Micro against a fresh
 * MariaDB (embedded) or the MySQL named by DB_URL/DB_USER/DB_PASSWORD, with the demo data loaded.
 * Use with {@code @ExtendWith(AppServer.class)}.
 */
public final class AppServer implements BeforeAllCallback {

    private static EmbeddedDatabase database;
    private static GreenMail mail;
    private static PayaraMicroProcess server;
    private static String jdbcUrl;
    private static String jdbcUser;
    private static String jdbcPassword;

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    private static synchronized void start() {
        if (server != null) {
            return;
        }
        File buildDir = new File(System.getProperty("thidua.buildDir", "target"));
        Map<String, String> props = new LinkedHashMap<>();
        props.put("thidua.demo", "true");
        File storage = new File(buildDir, "it-storage");
        deleteRecursively(storage.toPath());
        props.put("thidua.storageDir", storage.getAbsolutePath());
        mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        props.put("thidua.mail.host", "127.0.0.1");
        props.put("thidua.mail.port", String.valueOf(mail.getSmtp().getPort()));
        props.put("thidua.mail.from", "thidua@syt.hatinh.gov.vn");
        String externalUrl = System.getenv("DB_URL");
        if (externalUrl == null || externalUrl.isBlank()) {
            File dataDir = new File(buildDir, "it-mariadb");
            deleteRecursively(dataDir.toPath());
            database = EmbeddedDatabase.start(new File(buildDir, "mariadb-base"), dataDir, freePort());
            jdbcUrl = database.jdbcUrl("thidua_it");
            jdbcUser = "root";
            jdbcPassword = "";
            props.put("db.url", jdbcUrl);
            props.put("db.user", jdbcUser);
            props.put("db.password", jdbcPassword);
        } else {
            jdbcUrl = externalUrl;
            jdbcUser = System.getenv("DB_USER");
            jdbcPassword = System.getenv("DB_PASSWORD");
        }
        server = PayaraMicroProcess.start(buildDir, freePort(), props, new File(buildDir, "payara-it.log"),
                Duration.ofMinutes(4));
        Runtime.getRuntime().addShutdownHook(new Thread(AppServer::stop));
    }

    private static synchronized void stop() {
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
        if (mail != null) {
            mail.stop();
        }
    }

    /** The SMTP server the application sends its e-mail to during the tests. */
    public static GreenMail mail() {
        return mail;
    }

    public static String baseUrl() {
        return server.baseUrl();
    }

    /** A direct connection to the application's database, through Connector/J, to check what was stored. */
    public static Connection jdbc() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
