package org.indicatortracker.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.indicatortracker.report.Gazetteer;
import org.indicatortracker.stream.Json;
import org.indicatortracker.stream.ReportIndex;
import org.indicatortracker.verdict.GoalStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tracker's one HTTP server, on the JDK's own: {@code /metrics} (Prometheus), the probes
 * {@code /health/live} and {@code /health/ready}, and the read-only queries {@code /goals},
 * {@code /regions/{region}} and {@code /reports/{id}}. GET and HEAD only; bounded parameters;
 * anything else is refused (400, 404, 405).
 */
public final class HttpApi implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
    public static final String METRICS_PATH = "/metrics";
    public static final String LIVE_PATH = "/health/live";
    public static final String READY_PATH = "/health/ready";
    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 500;
    private static final int MAX_PATH = 256;
    private static final Set<String> GOAL_PARAMS =
            Set.of("region", "year", "indicator", "status", "page", "size", "local");
    /** The read-only page: plain HTML and script on the same API as every other client. */
    private static final String PAGE = resource("/web/index.html");

    private static final Set<String> CSV_PARAMS = Set.of("region", "year", "indicator", "status");
    private static final Set<String> SCORECARD_PARAMS = Set.of("level", "year", "indicator");

    private final HttpServer server;
    private final PrometheusMeterRegistry registry;
    private final BooleanSupplier ready;
    private volatile QueryService queries;

    public HttpApi(String host, int port, PrometheusMeterRegistry registry, BooleanSupplier ready) {
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + host + ":" + port, e);
        }
        server.createContext("/", this::route);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "tracker-http");
            t.setDaemon(true);
            return t;
        }));
        this.registry = registry;
        this.ready = ready;
    }

    /** Queries are served once the streams app exists. */
    public void queries(QueryService service) {
        this.queries = service;
    }

    public HttpApi start() {
        server.start();
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void route(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(ex, 405, "text/plain", "method not allowed\n");
                return;
            }
            String path = ex.getRequestURI().getRawPath();
            if (path.length() > MAX_PATH) {
                send(ex, 400, "text/plain", "path too long\n");
                return;
            }
            String query = ex.getRequestURI().getRawQuery();
            try {
                switch (path) {
                    case METRICS_PATH -> {
                        QueryParams.parse(query, Set.of());
                        send(ex, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape());
                    }
                    case LIVE_PATH -> send(ex, 200, "text/plain", "ok\n");
                    case READY_PATH -> {
                        boolean ok = ready.getAsBoolean();
                        send(ex, ok ? 200 : 503, "text/plain", ok ? "ready\n" : "not ready\n");
                    }
                    case "/", "/index.html" -> {
                        QueryParams.parse(query, Set.of("region"));
                        send(ex, 200, "text/html; charset=utf-8", PAGE);
                    }
                    case "/goals" -> goals(ex, QueryParams.parse(query, GOAL_PARAMS));
                    case "/goals.csv" -> goalsCsv(ex, QueryParams.parse(query, CSV_PARAMS));
                    case "/scorecard" -> scorecard(ex, QueryParams.parse(query, SCORECARD_PARAMS));
                    default -> {
                        if (path.startsWith("/regions/") && path.length() > "/regions/".length()) {
                            QueryParams.parse(query, Set.of());
                            json(ex, service().region(segment(path, "/regions/")));
                        } else if (path.startsWith("/reports/") && path.length() > "/reports/".length()) {
                            QueryParams p = QueryParams.parse(query, Set.of("local"));
                            Optional<ReportIndex> r = service().report(segment(path, "/reports/"), p.flag("local"));
                            if (r.isPresent()) {
                                json(ex, r.get());
                            } else {
                                send(ex, 404, "application/json", "{\"error\":\"no such report\"}\n");
                            }
                        } else {
                            send(ex, 404, "text/plain", "not found\n");
                        }
                    }
                }
            } catch (BadQuery e) {
                send(ex, 400, "application/json", Json.writeString(Map.of("error", e.getMessage())) + "\n");
            } catch (InvalidStateStoreException | Unavailable e) {
                send(
                        ex,
                        503,
                        "application/json",
                        Json.writeString(Map.of("error", "state not queryable yet: " + e.getMessage())) + "\n");
            } catch (RuntimeException e) {
                LOG.warn("HTTP {} {} failed: {}", method, path, e.toString());
                send(
                        ex,
                        500,
                        "application/json",
                        Json.writeString(Map.of("error", e.getClass().getSimpleName())) + "\n");
            }
        }
    }

    /** Hit rates and counts by year, level and indicator, over the goals of all instances. */
    private void scorecard(HttpExchange ex, QueryParams p) throws IOException {
        Integer year = p.get("year").isPresent() ? p.integer("year", 0, 1949, 2100) : null;
        Gazetteer gazetteer = Gazetteer.standard();
        List<GoalStatus> goals = Scorecard.filter(
                service().goals(GoalFilter.ALL, false),
                p.get("level").orElse(null),
                year,
                p.get("indicator").orElse(null),
                gazetteer);
        json(ex, Scorecard.of(goals, gazetteer));
    }

    /** Every goal the filter keeps, from all instances, as the rows of {@code tracker export}. */
    private void goalsCsv(HttpExchange ex, QueryParams p) throws IOException {
        StringWriter out = new StringWriter();
        GoalExport.write(service().goals(GoalFilter.from(p), false), GoalExport.Format.csv, out);
        send(ex, 200, "text/csv; charset=utf-8", out.toString());
    }

    private void goals(HttpExchange ex, QueryParams p) throws IOException {
        GoalFilter filter = GoalFilter.from(p);
        boolean local = p.flag("local");
        List<GoalStatus> all = service().goals(filter, local);
        if (local) {
            json(ex, all);
            return;
        }
        int size = p.integer("size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
        int page = p.integer("page", 1, 1, 1_000_000);
        int from = (int) Math.min((long) (page - 1) * size, all.size());
        int to = Math.min(from + size, all.size());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", all.size());
        body.put("page", page);
        body.put("size", size);
        body.put("goals", all.subList(from, to));
        json(ex, body);
    }

    private QueryService service() {
        QueryService q = queries;
        if (q == null) {
            throw new Unavailable("the streams app has not started");
        }
        return q;
    }

    private static String segment(String path, String prefix) {
        String raw = path.substring(prefix.length());
        if (raw.contains("/")) {
            throw new BadQuery("unexpected '/' in " + path);
        }
        try {
            String s = URLDecoder.decode(raw, StandardCharsets.UTF_8);
            if (s.length() > QueryParams.MAX_VALUE * 2) {
                throw new BadQuery("path segment too long");
            }
            return s;
        } catch (IllegalArgumentException e) {
            throw new BadQuery("malformed path");
        }
    }

    private static String resource(String name) {
        try (InputStream in = HttpApi.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void json(HttpExchange ex, Object body) throws IOException {
        send(ex, 200, "application/json; charset=utf-8", Json.writeString(body) + "\n");
    }

    private static void send(HttpExchange ex, int code, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(code, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static final class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
