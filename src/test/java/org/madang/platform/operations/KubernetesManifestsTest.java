package org.madang.platform.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import org.junit.jupiter.api.BeforeAll;
import org.madang.platform.config.ConfigurationDocumentedTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker/k8s, checked without a cluster: every document is read into the Kubernetes API's types for
 * its apiVersion and kind (an unknown or misplaced field, a wrong type, an old apiVersion fail), and
 * the documents fit together (selectors, names, ports, probes). Every setting they give is one the
 * README's configuration table documents, so a manifest cannot set a variable nothing reads.
 */
class KubernetesManifestsTest {
    private static final Path DIR = Path.of("docker/k8s");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** Liberty's own variable for extra JVM options, which its start script reads (not the portal). */
    static final Set<String> LIBERTY_OWN = Set.of("JVM_ARGS");
    private static final Map<String, Class<? extends HasMetadata>> TYPES = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "v1/ServiceAccount", ServiceAccount.class,
            "rbac.authorization.k8s.io/v1/Role", Role.class,
            "rbac.authorization.k8s.io/v1/RoleBinding", RoleBinding.class,
            "apps/v1/Deployment", Deployment.class,
            "networking.k8s.io/v1/Ingress", Ingress.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class);

    private static final List<HasMetadata> objects = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        JsonNode kustomization = YAML.readTree(DIR.resolve("kustomization.yaml").toFile());
        for (JsonNode resource : kustomization.get("resources")) {
            Path file = DIR.resolve(resource.asText());
            for (JsonNode doc : documents(file)) {
                String type = doc.path("apiVersion").asText() + "/" + doc.path("kind").asText();
                Class<? extends HasMetadata> javaType = TYPES.get(type);
                assertThat(javaType).as(file + ": a kind and apiVersion this test knows, not " + type).isNotNull();
                objects.add(YAML.treeToValue(doc, javaType));
            }
        }
    }

    @Test
    void everyFileIsInTheKustomizationAndEveryFieldIsOneTheApiKnows() throws Exception {
        Set<String> listed = new HashSet<>();
        YAML.readTree(DIR.resolve("kustomization.yaml").toFile()).get("resources").forEach(r -> listed.add(r.asText()));
        try (Stream<Path> files = Files.list(DIR)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(f -> !f.equals("kustomization.yaml")))
                    .allMatch(listed::contains);
        }
        List<String> unknown = new ArrayList<>();
        for (HasMetadata o : objects) {
            unknownFields(o, o.getKind() + "/" + o.getMetadata().getName(), unknown);
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    void theDeploymentRunsSeveralInstancesProbedOnTheirHealthChecks() {
        Deployment d = one(Deployment.class, "madang");
        assertThat(d.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(d.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal()).isZero();
        Map<String, String> podLabels = d.getSpec().getTemplate().getMetadata().getLabels();
        assertThat(podLabels).containsAllEntriesOf(d.getSpec().getSelector().getMatchLabels());

        Container portal = d.getSpec().getTemplate().getSpec().getContainers().get(0);
        Set<String> ports = portal.getPorts().stream().map(ContainerPort::getName).collect(Collectors.toSet());
        assertProbe(portal.getStartupProbe(), "/health/started", ports);
        assertProbe(portal.getReadinessProbe(), "/health/ready", ports);
        assertProbe(portal.getLivenessProbe(), "/health/live", ports);

        portal.getEnvFrom().forEach(e -> {
            if (e.getConfigMapRef() != null) {
                one(ConfigMap.class, e.getConfigMapRef().getName());
            }
            if (e.getSecretRef() != null) {
                one(Secret.class, e.getSecretRef().getName());
            }
        });
        ServiceAccount account = one(ServiceAccount.class, d.getSpec().getTemplate().getSpec().getServiceAccountName());
        RoleBinding binding = objects.stream().filter(RoleBinding.class::isInstance).map(RoleBinding.class::cast)
                .filter(b -> b.getSubjects().stream().anyMatch(s -> s.getName().equals(account.getMetadata().getName())))
                .findFirst().orElseThrow();
        Role role = one(Role.class, binding.getRoleRef().getName());
        assertThat(role.getRules()).allMatch(r -> Set.of("get", "list").containsAll(r.getVerbs()));
        d.getSpec().getTemplate().getSpec().getVolumes().stream().filter(v -> v.getSecret() != null)
                .forEach(v -> one(Secret.class, v.getSecret().getSecretName()));
        Set<String> volumes = d.getSpec().getTemplate().getSpec().getVolumes().stream().map(v -> v.getName())
                .collect(Collectors.toSet());
        assertThat(portal.getVolumeMounts()).allMatch(m -> volumes.contains(m.getName()));
    }

    @Test
    void servicesIngressBudgetAndAutoscalerPointAtThePortalsPods() {
        Deployment d = one(Deployment.class, "madang");
        Map<String, String> podLabels = d.getSpec().getTemplate().getMetadata().getLabels();
        Set<String> containerPorts = d.getSpec().getTemplate().getSpec().getContainers().get(0).getPorts().stream()
                .map(ContainerPort::getName).collect(Collectors.toSet());
        for (HasMetadata o : objects) {
            if (o instanceof Service s) {
                assertThat(podLabels).as(s.getMetadata().getName()).containsAllEntriesOf(s.getSpec().getSelector());
                assertThat(s.getSpec().getPorts()).allMatch(p -> containerPorts.contains(p.getTargetPort().getStrVal()));
            }
        }
        Ingress ingress = one(Ingress.class, "madang");
        ingress.getSpec().getRules().forEach(r -> r.getHttp().getPaths().forEach(p -> {
            Service s = one(Service.class, p.getBackend().getService().getName());
            assertThat(s.getSpec().getPorts()).anyMatch(sp -> sp.getName().equals(p.getBackend().getService().getPort().getName()));
        }));
        PodDisruptionBudget pdb = one(PodDisruptionBudget.class, "madang");
        assertThat(podLabels).containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels());
        assertThat(pdb.getSpec().getMinAvailable().getIntVal()).isPositive()
                .isLessThan(d.getSpec().getReplicas());
        HorizontalPodAutoscaler hpa = one(HorizontalPodAutoscaler.class, "madang");
        assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(d.getMetadata().getName());
        assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(hpa.getSpec().getMaxReplicas()).isGreaterThan(hpa.getSpec().getMinReplicas());
    }

    @Test
    void everySettingTheManifestsGiveIsDocumentedAndNoSecretIsInTheConfigMap() throws IOException {
        Set<String> documented = documentedSettings();
        for (HasMetadata o : objects) {
            Set<String> keys = o instanceof ConfigMap c ? c.getData().keySet()
                    : o instanceof Secret s && s.getStringData() != null ? s.getStringData().keySet() : Set.of();
            assertThat(keys).as(o.getMetadata().getName() + " sets only documented variables").isSubsetOf(documented);
            if (o instanceof ConfigMap c) {
                assertThat(c.getData().keySet()).noneMatch(k -> k.contains("PASSWORD") || k.endsWith("_KEY"));
            }
            if (o instanceof Secret s && s.getStringData() != null) {
                assertThat(s.getStringData().values()).as("no real secret in git").allMatch(String::isEmpty);
            }
        }
    }

    /** The variables in the README's configuration table, and Liberty's own. */
    static Set<String> documentedSettings() throws IOException {
        Set<String> names = new HashSet<>(ConfigurationDocumentedTest.documented());
        names.addAll(LIBERTY_OWN);
        return names;
    }

    private static void assertProbe(Probe probe, String path, Set<String> ports) {
        assertThat(probe).as(path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(ports).contains(probe.getHttpGet().getPort().getStrVal());
    }

    private static <T extends HasMetadata> T one(Class<T> type, String name) {
        List<T> found = objects.stream().filter(type::isInstance).map(type::cast)
                .filter(o -> name.equals(o.getMetadata().getName())).toList();
        assertThat(found).as(type.getSimpleName() + " " + name).hasSize(1);
        return found.get(0);
    }

    private static List<JsonNode> documents(Path file) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (YAMLParser parser = new YAMLFactory().createParser(file.toFile())) {
            for (var it = YAML.readValues(parser, JsonNode.class); it.hasNext(); ) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isMissingNode() && !doc.isNull()) {
                    docs.add(doc);
                }
            }
        }
        return docs;
    }

    /** Fields the API types did not recognise end up in their additionalProperties. */
    private static void unknownFields(Object o, String path, List<String> problems) throws ReflectiveOperationException {
        if (o instanceof Collection<?> c) {
            int i = 0;
            for (Object e : c) {
                unknownFields(e, path + "[" + i++ + "]", problems);
            }
            return;
        }
        if (o instanceof Map<?, ?> map) {
            for (var e : map.entrySet()) {
                unknownFields(e.getValue(), path + "." + e.getKey(), problems);
            }
            return;
        }
        if (o == null || !o.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method m : o.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || !m.getName().startsWith("get") || m.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value;
            try {
                value = m.invoke(o);
            } catch (InvocationTargetException notAProperty) {
                continue;
            }
            if (m.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    problems.add(path + ": unknown " + extra.keySet());
                }
            } else {
                unknownFields(value, path + "." + m.getName().substring(3), problems);
            }
        }
    }
}
