package newsgraph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs Neo4j Community in this JVM with Bolt on 127.0.0.1, authentication on and APOC loaded.
 * Started in the background by src/graph/local; it writes the pid file only once Bolt answers
 * and the password is set, so the pid file's presence means "ready". SIGTERM shuts it down
 * cleanly (store files flushed); the pid file is removed only once the database has shut down,
 * so that while this JVM lives, newsgraph never takes its home for free.
 *
 * Arguments: --home DIR --port N --plugins DIR [--pagecache 128m] [--transaction-timeout 30s].
 * The username and password come from the environment (NEWSGRAPH_NEO4J_USERNAME,
 * NEWSGRAPH_NEO4J_PASSWORD) so they never show in a process listing. With
 * NEWSGRAPH_NEO4J_PASSWORD_ENFORCE=1 (a password kept in NEWSGRAPH_HOME) the user's password is
 * set to it on every start; otherwise only on the first.
 */
public final class LocalNeo4j {
    /** The launcher's own set-up queries are not bound by the users' transaction timeout. */
    private static final Duration SETUP_TIMEOUT = Duration.ofMinutes(10);

    private LocalNeo4j() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parse(args);
        Path home = Path.of(required(opts, "home")).toAbsolutePath();
        int port = Integer.parseInt(required(opts, "port"));
        Path plugins = Path.of(required(opts, "plugins")).toAbsolutePath();
        String pageCache = opts.getOrDefault("pagecache", "128m");
        Duration transactionTimeout = duration(opts.getOrDefault("transaction-timeout", "0s"));
        boolean enforcePassword = "1".equals(System.getenv("NEWSGRAPH_NEO4J_PASSWORD_ENFORCE"));
        String username = envOr("NEWSGRAPH_NEO4J_USERNAME", "neo4j");
        String password = envOr("NEWSGRAPH_NEO4J_PASSWORD", "");
        if (password.length() < 8) {
            fail("NEWSGRAPH_NEO4J_PASSWORD must be set to at least 8 characters");
        }
        Path pidFile = home.resolve("neo4j.pid");
        Files.deleteIfExists(pidFile);

        log("starting Neo4j in " + home.resolve("neo4j") + " with Bolt on 127.0.0.1:" + port);
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home.resolve("neo4j"))
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.plugin_dir, plugins)
                    .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
                    .setConfig(GraphDatabaseSettings.pagecache_memory, bytes(pageCache))
                    // A ceiling on every transaction, whoever opens it: a runaway query is
                    // terminated instead of holding the database until someone kills the JVM.
                    .setConfig(GraphDatabaseSettings.transaction_timeout, transactionTimeout)
                    // Timeouts (this one and each query's own) are enforced by a monitor that
                    // looks every 2 s by default, so a query could outrun its limit by up to 2 s,
                    // or finish unstopped when it took less than that: look every 100 ms.
                    .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(100))
                    // Bolt waits a 5 s quiet period, twice, before it lets go at shutdown; the
                    // store is checkpointed before that, so a stop need not wait for it.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
        } catch (Throwable t) {
            // The message of the innermost cause says why (e.g. "Address already in use").
            Throwable root = t;
            while (root.getCause() != null) root = root.getCause();
            t.printStackTrace(System.out);
            fail("Neo4j did not start: " + root);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        DatabaseManagementService service = dbms;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("shutting down");
            service.shutdown();
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException ignored) {
                // The pid file is only a hint; a stale one is detected by its dead pid.
            }
            log("stopped");
            stopped.countDown();
        }, "newsgraph-shutdown"));

        try {
            ensureUser(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), username, password, enforcePassword);
            writeAtomically(pidFile, String.format(
                    "{\"pid\":%d,\"port\":%d,\"startedAt\":\"%s\"}%n",
                    ProcessHandle.current().pid(), port, Instant.now()));
        } catch (Throwable t) {
            // Neo4j's own threads would keep a JVM alive without its main thread: exit, so the
            // shutdown hook closes the store and the start is reported as failed at once.
            t.printStackTrace(System.out);
            fail("could not set up user " + username + ": " + t.getMessage());
        }
        log("ready: bolt://127.0.0.1:" + port);
        stopped.await();
    }

    /**
     * Sets the password on first start: a fresh Neo4j has user neo4j with password "neo4j" that
     * must be changed. Later starts keep whatever password the database already has, unless
     * `enforce` says the password kept in NEWSGRAPH_HOME is the one to hold (this also moves a
     * home made before it existed off the published default password).
     */
    private static void ensureUser(
            GraphDatabaseService system, String username, String password, boolean enforce) {
        Map<String, Object> params = Map.of("user", username, "password", password);
        Boolean changeRequired = system.executeTransactionally(
                "SHOW USERS YIELD user, passwordChangeRequired WHERE user = $user RETURN passwordChangeRequired",
                Map.of("user", username),
                result -> result.hasNext() ? (Boolean) result.next().get("passwordChangeRequired") : null,
                SETUP_TIMEOUT);
        if (changeRequired == null) {
            system.executeTransactionally(
                    "CREATE USER $user SET PASSWORD $password CHANGE NOT REQUIRED", params, r -> null, SETUP_TIMEOUT);
            log("created user " + username);
        } else if (changeRequired) {
            system.executeTransactionally(
                    "ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED", params, r -> null, SETUP_TIMEOUT);
            log("set the initial password of user " + username);
        } else if (enforce) {
            try {
                system.executeTransactionally(
                        "ALTER USER $user SET PASSWORD $password", params, r -> null, SETUP_TIMEOUT);
                log("set the password of user " + username + " to the one kept in its home");
            } catch (RuntimeException e) {
                // Neo4j refuses to "change" a password to the one it already has: nothing to do.
                if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
            }
        }
    }

    private static Duration duration(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)(ms|s|m)?").matcher(text.trim());
        if (!m.matches()) fail("--transaction-timeout must look like 30s, 500ms or 2m: " + text);
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return unit.equals("ms") ? Duration.ofMillis(n) : unit.equals("m") ? Duration.ofMinutes(n) : Duration.ofSeconds(n);
    }

    private static long bytes(String size) {
        String s = size.trim().toLowerCase();
        long unit = s.endsWith("g") ? 1L << 30 : s.endsWith("m") ? 1L << 20 : s.endsWith("k") ? 1L << 10 : 1L;
        String digits = unit == 1L ? s : s.substring(0, s.length() - 1);
        return Long.parseLong(digits) * unit;
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) fail("unexpected argument " + args[i]);
            opts.put(args[i].substring(2), args[i + 1]);
        }
        return opts;
    }

    private static String required(Map<String, String> opts, String name) {
        String v = opts.get(name);
        if (v == null) fail("missing --" + name);
        return v;
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? fallback : v;
    }

    private static void log(String message) {
        System.out.println(Instant.now() + " newsgraph-neo4j: " + message);
        System.out.flush();
    }

    private static void fail(String message) {
        log("FAILED: " + message);
        System.exit(1);
    }
}
