package org.madang.testsupport;

import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.madang.testsupport.incontainer.Callers;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Test archives for Arquillian in-container tests.
 *
 * <p>The archive is the real WAR that the build produced ({@code madang.war}, path in the system
 * property {@code madang.war}) plus the in-container helpers of {@link Callers}'s package, the given
 * classes, AssertJ and Awaitility. Arquillian adds the test class itself and JUnit, and deploys it next to the
 * real application under another name ({@value #NAME}, context root {@code /madang-it}) into the
 * Liberty server that {@code mvn verify} started (see src/test/resources/arquillian.xml). Testing the
 * real WAR rather than a hand-picked subset means the tests see the same persistence unit,
 * interceptors, security and CDI wiring as production.
 *
 * <p>Each deployment of the full WAR costs about 15 s on 2 idle cores (much more on a busy machine)
 * and leaves some of Liberty's memory behind, so <b>all Arquillian ITs share one archive</b>: it holds
 * every {@code *ArquillianIT} class and every helper marked {@link InContainer}, is deployed by the
 * first IT of the run and stays deployed until the test JVM ends
 * ({@link org.madang.testsupport.arquillian.RunningLibertyContainer}). An IT therefore finds the
 * application as earlier ITs left it: it must create its own rows and put back what it moves (the
 * {@code MovableClock}). Keep one Arquillian IT class per context with many test methods.
 *
 * <p>Both applications share the database: the test archive's start-up migrator finds no pending
 * migration, and the demo-data loaders run a second time, so they must be idempotent. Tests that
 * write should create their own rows (unique names) and never rely on a count staying put.
 *
 * <h2>Calling EJBs as an authenticated caller with given roles</h2>
 * Tried in-container on Open Liberty 26.0.0.3 (appSecurity-5.0), with the application's
 * {@code @CustomFormAuthenticationMechanismDefinition}, a Jakarta Security {@code IdentityStore} and
 * no Liberty user registry:
 * <ul>
 *   <li><b>{@code SecurityContext.authenticate(request, response, withParams().credential(new
 *       UsernamePasswordCredential(user, password)).newAuthentication(true))}: works.</b> It returns
 *       SUCCESS, runs the real identity stores, and for the rest of that request EJB
 *       {@code @RolesAllowed}, {@code SessionContext}/{@code SecurityContext.isCallerInRole} and
 *       {@code CurrentUser.accountId()} see the caller and its groups as roles; a wrong role gets
 *       {@code EJBAccessException} (CWWKS9400A); a bad password gives SEND_FAILURE;
 *       {@code request.logout()} returns to UNAUTHENTICATED. Each test method is its own HTTP request
 *       to the Arquillian servlet (without cookies), so a sign-in never leaks into the next test. It
 *       needs the HTTP response, which CDI does not offer: {@code CapturedResponse} (a filter in the
 *       test archive) provides it. {@link Callers} wraps all this:
 *       {@code callers.signIn("admin@madang.go.kr", IdentityDemoData.DEMO_PASSWORD)}.</li>
 *   <li>{@code HttpServletRequest.login(user, password)}: refused by Liberty whenever a Jakarta
 *       Security mechanism is active: "ServletException: The login method may not be invoked while
 *       JASPI authentication is active"; the identity store is never called.</li>
 *   <li>A test-only {@code @RunAs("ADMIN")} bean: the delegated call still runs as UNAUTHENTICATED
 *       and is refused. Liberty maps run-as roles only through a {@code <run-as userid password>}
 *       binding to a user of a Liberty user registry, which this application does not have.</li>
 *   <li>Liberty's {@code WSSubject} (com.ibm.websphere.security.auth, visible to applications):
 *       can read the current subject, but creating an authenticated one needs a JAAS login against a
 *       Liberty user registry (or Liberty's proprietary hashtable login), bypassing the application's
 *       identity store. Not portable and not what production does; not pursued.</li>
 * </ul>
 * Caveat: Liberty hands out its own {@code WSPrincipal} (name = account id), not the
 * {@code MadangPrincipal} the identity store returned, so under {@link Callers}
 * {@code CurrentUser} knows the account id but not the display name or department unless the
 * sign-in step that remembers them runs too (the web sign-in view does it).
 */
public final class Deployments {
    /** The test archive's name; not madang.war, which is the real application at context root /. */
    public static final String NAME = "madang-it.war";

    private static final ArchivePath MP_CONFIG =
            ArchivePaths.create("WEB-INF/classes/META-INF/microprofile-config.properties");

    private Deployments() {
    }

    /**
     * The built WAR plus every Arquillian IT, every {@link InContainer} helper (each with its nested
     * classes), the in-container helpers of {@link Callers}'s package and the test libraries that
     * in-container code needs.
     */
    public static WebArchive fullWar() {
        File war = builtWar();
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, NAME).importFrom(war).as(WebArchive.class);
        archive.addPackage(Callers.class.getPackage()); // Callers, CapturedResponse, Db
        archive.addClass(InContainer.class);
        for (Class<?> type : inContainerClasses()) {
            archive.addClass(type); // with its inner and anonymous classes
        }
        archive.addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
        archive.addAsLibrary(jarOf(org.awaitility.Awaitility.class));
        archive.addAsLibrary(jarOf(org.hamcrest.Matcher.class)); // Awaitility's own dependency
        skipOpenApiScan(archive);
        return archive;
    }

    /** The top-level test classes named *ArquillianIT or marked @InContainer, found in the compiled tests. */
    static List<Class<?>> inContainerClasses() {
        Path root = testClassesDirectory();
        try (Stream<Path> files = Files.walk(root)) {
            List<Class<?>> found = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                    .sorted().toList()) {
                String relative = root.relativize(file).toString();
                String name = relative.substring(0, relative.length() - ".class".length()).replace(File.separatorChar, '.');
                if (name.endsWith("ArquillianIT")) {
                    found.add(load(name));
                } else if (name.startsWith("org.madang.") && load(name).isAnnotationPresent(InContainer.class)) {
                    found.add(load(name));
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            // not initialised: a browser test's static fields must not start anything here
            return Class.forName(name, false, Deployments.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("cannot read test class " + name, e);
        }
    }

    private static Path testClassesDirectory() {
        try {
            return Path.of(Deployments.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The test archive needs no OpenAPI document, and scanning the full WAR for it is one of the
     * slowest steps of its start: switch it off for this archive only, keeping the WAR's own settings.
     */
    private static void skipOpenApiScan(WebArchive archive) {
        String existing = "";
        Node node = archive.get(MP_CONFIG);
        if (node != null && node.getAsset() != null) {
            try (InputStream in = node.getAsset().openStream()) {
                existing = new String(in.readAllBytes(), StandardCharsets.UTF_8) + "\n";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            archive.delete(MP_CONFIG);
        }
        archive.add(new StringAsset(existing + "# added by Deployments.fullWar() for the test archive\n"
                + "mp.openapi.scan.disable=true\n"), MP_CONFIG);
    }

    /** The WAR produced by {@code mvn package}: failsafe passes its path; from an IDE, target/madang.war. */
    public static File builtWar() {
        File war = new File(System.getProperty("madang.war", "target/madang.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("The built WAR " + war.getAbsolutePath()
                    + " is missing: run the tests through `mvn verify`, which packages it first.");
        }
        return war;
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
