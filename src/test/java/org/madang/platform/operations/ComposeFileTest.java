package org.madang.platform.operations;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker/compose.yaml and the load balancer's configuration, checked without a Docker engine: two
 * portal instances configured alike for several instances (shared sessions, files, one search index),
 * the load balancer sending requests to exactly those instances while their readiness check answers,
 * its address the only one whose forwarded headers they believe, and only documented settings.
 */
class ComposeFileTest {
    private static Map<String, Object> services;
    private static Map<String, Object> compose;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        try (Reader r = Files.newBufferedReader(Path.of("docker/compose.yaml"))) {
            compose = new Yaml().load(r); // SnakeYAML: the portals share one block through a merge key
        }
        services = (Map<String, Object>) compose.get("services");
    }

    @Test
    void twoPortalInstancesConfiguredAlikeForSeveralInstances() {
        Map<String, Object> one = env("portal-1");
        Map<String, Object> two = env("portal-2");
        assertThat(one).isEqualTo(two);
        assertThat(one).containsEntry("MADANG_SESSION_STORE", "hazelcast")
                .containsEntry("MADANG_SEARCH_BACKEND", "elasticsearch")
                .containsEntry("MADANG_SEARCH_COORDINATION", "outbox-polling")
                .containsEntry("JVM_ARGS", "-Dmadang.hazelcast.members=portal-1,portal-2");
        assertThat(one.get("MADANG_FILE_STORE")).isIn("database", "s3");
        assertThat(service("portal-1").get("image")).isEqualTo(service("portal-2").get("image"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLoadBalancerChecksReadinessOfExactlyThePortalsAndIsTheOnlyTrustedProxy() throws IOException {
        String haproxy = Files.readString(Path.of("docker/haproxy/haproxy.cfg"));
        Set<String> servers = new HashSet<>();
        Matcher m = Pattern.compile("(?m)^\\s*server\\s+(\\S+)\\s+(\\S+):9080\\s+check\\b").matcher(haproxy);
        while (m.find()) {
            servers.add(m.group(2));
        }
        assertThat(servers).containsExactlyInAnyOrder("portal-1", "portal-2");
        assertThat(haproxy).contains("http-check send meth GET uri /health/ready").contains("http-check expect status 200")
                .contains("option forwardfor").contains("X-Forwarded-Proto https");

        Map<String, Object> lbNet = (Map<String, Object>) ((Map<String, Object>) service("lb").get("networks")).get("madang");
        String lbAddress = (String) lbNet.get("ipv4_address");
        Pattern trusted = Pattern.compile((String) env("portal-1").get("MADANG_TRUSTED_PROXIES"));
        assertThat(trusted.matcher(lbAddress).matches()).isTrue();
        assertThat(trusted.matcher("172.28.0.11").matches()).as("a portal's own neighbour is not trusted").isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everySettingIsDocumentedAndEveryNamedVolumeDeclared() throws IOException {
        Set<String> documented = KubernetesManifestsTest.documentedSettings();
        assertThat(env("portal-1").keySet()).isSubsetOf(documented);

        Set<String> declared = ((Map<String, Object>) compose.get("volumes")).keySet();
        for (var s : services.entrySet()) {
            List<String> volumes = (List<String>) ((Map<String, Object>) s.getValue()).getOrDefault("volumes", List.of());
            for (String v : volumes) {
                String source = v.substring(0, v.indexOf(':'));
                if (!source.startsWith(".") && !source.startsWith("/") && !source.startsWith("$")) {
                    assertThat(declared).as(s.getKey() + " " + v).contains(source);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) {
        assertThat(services).containsKey(name);
        return (Map<String, Object>) services.get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> env(String name) {
        return (Map<String, Object>) service(name).get("environment");
    }
}
