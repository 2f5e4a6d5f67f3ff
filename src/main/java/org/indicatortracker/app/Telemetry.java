package org.indicatortracker.app;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import org.indicatortracker.config.TrackerConfig;
import org.indicatortracker.extract.Indicator;
import org.indicatortracker.extract.Lexicon;
import org.indicatortracker.metrics.TrackerMetrics;

/**
 * Start-up, step two: the meter registry every meter goes to (tagged with the application and the
 * instance), the JVM's meters, and the tracker's own, registered up front for every indicator.
 */
record Telemetry(PrometheusMeterRegistry registry, TrackerMetrics metrics) {

    static Telemetry create(TrackerConfig config, String instance, Lexicon lexicon) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags("application", config.applicationId(), "instance", instance);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        // The JVM's own record of the highest heap use, for capacity planning and the benchmark.
        Gauge.builder("tracker.jvm.heap.peak", Telemetry::peakHeap)
                .baseUnit("bytes")
                .description("Peak heap used since start, summed over heap pools")
                .register(registry);
        TrackerMetrics metrics = new TrackerMetrics(registry, config.regionTags())
                .preRegister(lexicon.indicators().stream().map(Indicator::id).toList());
        return new Telemetry(registry, metrics);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.getPeakUsage() != null)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }
}
