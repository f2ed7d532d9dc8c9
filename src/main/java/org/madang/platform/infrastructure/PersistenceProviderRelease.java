package org.madang.platform.infrastructure;

import jakarta.persistence.spi.PersistenceProviderResolverHolder;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Liberty's persistence-provider resolver caches, per module, the providers it found (ours is
 * Hibernate, from this WAR) in a map whose weak key the cached provider's class loader keeps
 * reachable: without this, every redeployment leaves the whole previous application in memory
 * (about 70 MB of heap and as much metaspace each; the integration tests, which deploy the WAR once
 * per test class, ran out of a 1 GB heap). The cache is rebuilt on demand for the applications
 * still running.
 */
@WebListener
public class PersistenceProviderRelease implements ServletContextListener {
    @Override
    public void contextDestroyed(ServletContextEvent event) {
        PersistenceProviderResolverHolder.getPersistenceProviderResolver().clearCachedProviders();
    }
}
