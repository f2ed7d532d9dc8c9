package org.madang.testsupport.arquillian;

import io.openliberty.arquillian.managed.WLPManagedContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/** Replaces the stock Liberty managed container by {@link RunningLibertyContainer} (registered in META-INF/services). */
public class MadangArquillianExtension implements LoadableExtension {
    @Override
    public void register(ExtensionBuilder builder) {
        builder.override(DeployableContainer.class, WLPManagedContainer.class, RunningLibertyContainer.class);
    }
}
