package org.madang.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the JVM has heap to spare. */
@Liveness
@ApplicationScoped
public class HeapLiveness implements HealthCheck {
    @Override
    public HealthCheckResponse call() {
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        return HealthCheckResponse.named("heap").status(free > 16L * 1024 * 1024).withData("freeBytes", free).build();
    }
}
