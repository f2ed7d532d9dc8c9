package org.madang.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DemoDataLoadingTest {

    @Test
    void aFailingLoaderDoesNotStopTheStartUp() {
        AtomicInteger fired = new AtomicInteger();
        assertThat(DatabaseMigrator.loadDemoData(new Firing(() -> {
            fired.incrementAndGet();
            throw new IllegalStateException("a demo loader failed");
        }))).isFalse();
        assertThat(fired).hasValue(1);
    }

    @Test
    void loadersThatSucceedReportSuccess() {
        AtomicInteger fired = new AtomicInteger();
        assertThat(DatabaseMigrator.loadDemoData(new Firing(fired::incrementAndGet))).isTrue();
        assertThat(fired).hasValue(1);
    }

    /** An event whose observers are one action. */
    private record Firing(Runnable observers) implements Event<DemoDataRequested> {
        @Override
        public void fire(DemoDataRequested event) {
            observers.run();
        }

        @Override
        public <U extends DemoDataRequested> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends DemoDataRequested> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<DemoDataRequested> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends DemoDataRequested> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends DemoDataRequested> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
