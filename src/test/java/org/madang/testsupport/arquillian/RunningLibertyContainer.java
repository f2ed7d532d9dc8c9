package org.madang.testsupport.arquillian;

import io.openliberty.arquillian.managed.WLPManagedContainer;
import io.openliberty.arquillian.managed.WLPManagedContainerConfiguration;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Liberty managed container, attached to the server under {@code wlpHome} and nothing else.
 *
 * <p>Why: with {@code allowConnectingToRunningServer} the stock container attaches to the first JVM
 * whose command line contains "ws-server.jar" and the server name. Every build of this project names
 * its server {@code defaultServer}, so on a machine where several checkouts (or a dev server and a
 * test run) are up at once it may pick another build's server: it would then copy the test archive
 * into our dropins but wait for it, and send the tests, to the other one. Liberty's localConnector
 * writes its JMX address to {@code logs/state/com.ibm.ws.jmx.local.address} inside the server's own
 * directory, so reading that file identifies exactly our server.
 *
 * <p>It also deploys the shared test archive once per test JVM: every IT's {@code @Deployment} is
 * {@code Deployments.fullWar()}, which already holds all ITs, so the first deployment serves the
 * rest, and the archive is taken away when the JVM ends. Redeploying the full WAR for each IT class
 * cost ~15-40 s each and left ~40 MB of metaspace behind each time in Liberty.
 *
 * <p>Everything else (deploy into dropins, wait for the ApplicationMBean, undeploy) is the stock
 * container's. It never starts or stops a server: {@code mvn verify} does that around the tests.
 * Written against arquillian-liberty-managed-jakarta 2.1.3 (private fields set by reflection); if an
 * upgrade renames them, {@link #start()} fails with a message saying so.
 */
public class RunningLibertyContainer extends WLPManagedContainer {
    /** The archive deployed for the whole run, by name, and what Arquillian needs to call into it. */
    private static String keptName;
    private static ProtocolMetaData kept;

    private WLPManagedContainerConfiguration configuration;

    @Override
    public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (kept != null && archive.getName().equals(keptName)) {
            return kept;
        }
        ProtocolMetaData deployed = super.deploy(archive);
        keptName = archive.getName();
        kept = deployed;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> undeployKept(archive), "undeploy " + keptName));
        return deployed;
    }

    /** Kept for the next IT; see {@link #deploy}. */
    @Override
    public void undeploy(Archive<?> archive) {
    }

    private void undeployKept(Archive<?> archive) {
        try {
            super.undeploy(archive);
        } catch (DeploymentException | RuntimeException e) {
            // the server stops right after the tests anyway; the dropins file is what matters
            System.err.println("Could not undeploy " + archive.getName() + ": " + e);
        }
    }

    @Override
    public void setup(WLPManagedContainerConfiguration configuration) {
        this.configuration = configuration;
        super.setup(configuration);
    }

    @Override
    public void start() throws LifecycleException {
        File serverDir = new File(configuration.getWlpHome(), "usr/servers/" + configuration.getServerName());
        Path address = serverDir.toPath().resolve("logs/state/com.ibm.ws.jmx.local.address");
        if (!Files.isReadable(address)) {
            throw new LifecycleException("No running Liberty server found in " + serverDir.getAbsolutePath()
                    + " (" + address.getFileName() + " is missing). The integration tests run against the server"
                    + " that `mvn verify` starts in pre-integration-test; from an IDE, start one with"
                    + " `mvn -Pdev package liberty:run` first.");
        }
        JMXConnector connector;
        try {
            String url = Files.readAllLines(address, StandardCharsets.UTF_8).get(0).trim();
            connector = JMXConnectorFactory.connect(new JMXServiceURL(url));
        } catch (Exception e) {
            throw new LifecycleException("Liberty in " + serverDir.getAbsolutePath()
                    + " is not running (its local JMX connector does not answer)", e);
        }
        try {
            MBeanServerConnection mbsc = connector.getMBeanServerConnection();
            set("jmxConnector", connector);
            set("mbsc", mbsc);
            Method init = WLPManagedContainer.class.getDeclaredMethod("initExceptionLocators");
            init.setAccessible(true);
            init.invoke(this);
        } catch (ReflectiveOperationException | java.io.IOException e) {
            throw new LifecycleException("arquillian-liberty-managed changed its internals; update "
                    + RunningLibertyContainer.class.getName(), e);
        }
    }

    private void set(String field, Object value) throws ReflectiveOperationException {
        Field f = WLPManagedContainer.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(this, value);
    }
}
