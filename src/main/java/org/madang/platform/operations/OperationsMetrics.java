package org.madang.platform.operations;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Gauge;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.Metric;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The portal's metrics (JVM, Liberty and the application's own) in the Prometheus text format, for
 * signed-in operators only (web.xml: /operations/* for OPERATOR). Liberty's own {@code /metrics} answers without the portal's sign-in
 * (and with {@code Access-Control-Allow-Origin: *}), so server.xml closes it
 * ({@code authentication="true"}, no reader configured) and this page takes its place.
 */
@WebServlet(urlPatterns = "/operations/metrics", name = "operationsMetrics")
public class OperationsMetrics extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    @RegistryScope(scope = MetricRegistry.BASE_SCOPE)
    transient MetricRegistry base;
    @Inject
    @RegistryScope(scope = MetricRegistry.VENDOR_SCOPE)
    transient MetricRegistry vendor;
    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    transient MetricRegistry application;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        res.setContentType("text/plain; version=0.0.4; charset=UTF-8");
        res.setHeader("Cache-Control", "no-store");
        PrintWriter out = res.getWriter();
        for (MetricRegistry registry : new MetricRegistry[] {base, vendor, application}) {
            write(out, registry.getScope(), new TreeMap<>(registry.getMetrics()));
        }
    }

    static void write(PrintWriter out, String scope, Map<MetricID, Metric> metrics) {
        String typed = null;
        for (Map.Entry<MetricID, Metric> e : metrics.entrySet()) {
            String name = name(e.getKey().getName());
            String labels = labels(scope, e.getKey().getTags());
            Metric m = e.getValue();
            String type = m instanceof Counter ? "counter" : m instanceof Gauge<?> ? "gauge" : "summary";
            if (!name.equals(typed)) {
                out.println("# TYPE " + name + " " + type);
                typed = name;
            }
            if (m instanceof Counter c) {
                out.println(name + labels + " " + c.getCount());
            } else if (m instanceof Gauge<?> g) {
                Number v = g.getValue();
                out.println(name + labels + " " + (v == null ? "NaN" : v));
            } else if (m instanceof Timer t) {
                out.println(name + "_seconds_count" + labels + " " + t.getCount());
                out.println(name + "_seconds_sum" + labels + " " + t.getElapsedTime().toNanos() / 1e9);
            } else if (m instanceof Histogram h) {
                out.println(name + "_count" + labels + " " + h.getCount());
                out.println(name + "_sum" + labels + " " + h.getSum());
            }
        }
    }

    static String name(String metric) {
        return metric.replaceAll("[^a-zA-Z0-9_:]", "_");
    }

    static String labels(String scope, Map<String, String> tags) {
        Map<String, String> all = new TreeMap<>(tags);
        all.put("mp_scope", scope);
        return all.entrySet().stream()
                .map(t -> name(t.getKey()) + "=\"" + t.getValue().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }
}
