package org.indicatortracker.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.indicatortracker.app.HttpApi;
import org.indicatortracker.config.TrackerConfig;
import org.indicatortracker.kafka.TopicCatalog;
import org.indicatortracker.kafka.TopicSpec;
import org.indicatortracker.stream.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every manifest parses, and they agree with each other and with the code. */
class ManifestsTest {
    private static final String STRIMZI_API = "kafka.strimzi.io/v1";
    private static Kustomization k;

    @BeforeAll
    static void load() throws Exception {
        k = Kustomization.load(Path.of("k8s"));
    }

    private static StatefulSet statefulSet() {
        return k.as(k.one("StatefulSet", "indicator-tracker"), StatefulSet.class);
    }

    private static Container tracker() {
        return statefulSet().getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static Map<String, String> podLabels() {
        return statefulSet().getSpec().getTemplate().getMetadata().getLabels();
    }

    private static ConfigMap config() {
        return k.as(k.one("ConfigMap", "indicator-tracker-config"), ConfigMap.class);
    }

    private static Kafka kafka() {
        return k.as(k.ofKind("Kafka").get(0), Kafka.class);
    }

    @Test
    void strimziResourcesUseTheV1ApiAndBelongToTheCluster() {
        String cluster = kafka().getMetadata().getName();
        for (String kind : List.of("Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser")) {
            assertThat(k.ofKind(kind)).as(kind).isNotEmpty();
            k.ofKind(kind)
                    .forEach(d -> assertThat(d.node().path("apiVersion").asText())
                            .as(d.file().toString())
                            .isEqualTo(STRIMZI_API));
        }
        for (var d : k.ofKind("KafkaNodePool")) {
            assertThat(k.as(d, KafkaNodePool.class).getMetadata().getLabels())
                    .containsEntry("strimzi.io/cluster", cluster);
        }
        for (var d : k.ofKind("KafkaTopic")) {
            assertThat(k.as(d, KafkaTopic.class).getMetadata().getLabels())
                    .containsEntry("strimzi.io/cluster", cluster);
        }
        assertThat(k.as(k.ofKind("KafkaUser").get(0), KafkaUser.class)
                        .getMetadata()
                        .getLabels())
                .containsEntry("strimzi.io/cluster", cluster);
        Set<ProcessRoles> roles = k.ofKind("KafkaNodePool").stream()
                .flatMap(d -> k.as(d, KafkaNodePool.class).getSpec().getRoles().stream())
                .collect(Collectors.toSet());
        assertThat(roles)
                .as("KRaft: controllers and brokers from node pools")
                .contains(ProcessRoles.BROKER, ProcessRoles.CONTROLLER);
    }

    @Test
    void topicsAreTheFilesOfTopicsFolderWithNoCopies() throws Exception {
        // What the packaged app applies (the jar's copy) against what Kubernetes applies (the kustomization).
        TopicCatalog catalog = TopicCatalog.fromClasspath();
        assertThat(k.ofKind("KafkaTopic"))
                .allSatisfy(d -> assertThat(d.file().getParent().getFileName().toString())
                        .isEqualTo("topics"));
        Set<String> names = new TreeSet<>();
        for (var d : k.ofKind("KafkaTopic")) {
            KafkaTopic t = k.as(d, KafkaTopic.class);
            TopicSpec spec = catalog.get(t.getMetadata().getName());
            assertThat(t.getSpec().getPartitions()).isEqualTo(spec.partitions());
            assertThat(t.getSpec().getReplicas()).isEqualTo(spec.replicas());
            Map<String, String> k8sConfig = new TreeMap<>();
            t.getSpec().getConfig().forEach((key, value) -> k8sConfig.put(key, String.valueOf(value)));
            assertThat(k8sConfig).as(t.getMetadata().getName()).isEqualTo(new TreeMap<>(spec.config()));
            names.add(t.getMetadata().getName());
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(TopicCatalog.NAMES);
        try (var files = Files.list(Path.of("k8s"))) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("topics");
        }
    }

    @Test
    void statefulSetIsWiredToItsServicesProbesAndPorts() {
        StatefulSet sts = statefulSet();
        assertThat(podLabels()).containsAllEntriesOf(sts.getSpec().getSelector().getMatchLabels());
        Service headless = k.as(k.one("Service", sts.getSpec().getServiceName()), Service.class);
        assertThat(headless.getSpec().getClusterIP()).isEqualTo("None");
        assertThat(podLabels()).containsAllEntriesOf(headless.getSpec().getSelector());

        int httpPort = tracker().getPorts().stream()
                .filter(p -> p.getName().equals("http"))
                .findFirst()
                .orElseThrow()
                .getContainerPort();
        assertThat(httpPort).isEqualTo(Integer.parseInt(TrackerConfig.DEFAULTS.get("tracker.metrics.port")));
        assertThat(config().getData()).containsEntry("TRACKER_METRICS_PORT", String.valueOf(httpPort));
        assertThat(tracker().getReadinessProbe().getHttpGet().getPath()).isEqualTo(HttpApi.READY_PATH);
        assertThat(tracker().getLivenessProbe().getHttpGet().getPath()).isEqualTo(HttpApi.LIVE_PATH);
        assertThat(tracker().getReadinessProbe().getHttpGet().getPort().getStrVal())
                .isEqualTo("http");

        int partitions =
                TopicCatalog.fromDirectory(Path.of("topics")).get("reports").partitions();
        assertThat(sts.getSpec().getReplicas())
                .as("instances beyond the partitions of reports idle")
                .isLessThanOrEqualTo(partitions);
    }

    @Test
    void metricsAreScrapedFromTheRightServiceAndPort() {
        Service metrics = k.as(k.one("Service", "indicator-tracker"), Service.class);
        assertThat(podLabels()).containsAllEntriesOf(metrics.getSpec().getSelector());
        JsonNode monitor = k.one("ServiceMonitor", "indicator-tracker").node();
        Map<String, String> wanted = Json.MAPPER.convertValue(
                monitor.path("spec").path("selector").path("matchLabels"), new TypeReference<Map<String, String>>() {});
        assertThat(metrics.getMetadata().getLabels()).containsAllEntriesOf(wanted);
        String port = monitor.path("spec").path("endpoints").get(0).path("port").asText();
        assertThat(metrics.getSpec().getPorts())
                .anySatisfy(p -> assertThat(p.getName()).isEqualTo(port));
        assertThat(monitor.path("spec").path("endpoints").get(0).path("path").asText())
                .isEqualTo(HttpApi.METRICS_PATH);
        assertThat(k.one("Service", "indicator-tracker-headless")
                        .node()
                        .path("metadata")
                        .path("labels")
                        .path("app.kubernetes.io/component")
                        .isMissingNode())
                .as("only one Service is scraped")
                .isTrue();
    }

    @Test
    void podIsLockedDownAndSizedToItsLimits() {
        var pod = statefulSet().getSpec().getTemplate().getSpec();
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(tracker().getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(tracker().getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(tracker().getSecurityContext().getCapabilities().getDrop()).contains("ALL");
        assertThat(tracker().getResources().getLimits()).containsKeys("cpu", "memory");
        assertThat(tracker().getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(env("JAVA_TOOL_OPTIONS").getValue()).contains("MaxRAMPercentage");
        assertThat(tracker().getVolumeMounts())
                .anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/tmp"));
        assertThat(statefulSet().getSpec().getVolumeClaimTemplates())
                .singleElement()
                .satisfies(c -> assertThat(tracker().getVolumeMounts())
                        .anySatisfy(m -> assertThat(m.getName())
                                .isEqualTo(c.getMetadata().getName())));
        assertThat(config().getData().get("KAFKA_STATE_DIR")).startsWith("/var/lib/tracker");
    }

    private static EnvVar env(String name) {
        return tracker().getEnv().stream()
                .filter(e -> e.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no env " + name));
    }

    @Test
    void staticMembershipComesFromThePodName() {
        assertThat(env("POD_NAME").getValueFrom().getFieldRef().getFieldPath()).isEqualTo("metadata.name");
        assertThat(env("TRACKER_ADVERTISED_HOST").getValue())
                .contains("$(POD_NAME)")
                .contains(statefulSet().getSpec().getServiceName());
    }

    @Test
    void kafkaCredentialsComeFromTheKafkaUsersSecretOverSaslSsl() {
        KafkaUser user = k.as(k.ofKind("KafkaUser").get(0), KafkaUser.class);
        assertThat(env("KAFKA_SASL_JAAS_CONFIG")
                        .getValueFrom()
                        .getSecretKeyRef()
                        .getName())
                .isEqualTo(user.getMetadata().getName());
        assertThat(config().getData())
                .containsEntry("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
                .containsEntry("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512");
        assertThat(config().getData().values()).noneMatch(v -> v.toLowerCase().contains("password"));
        Kafka kafka = kafka();
        var listener = kafka.getSpec().getKafka().getListeners().stream()
                .filter(l -> l.isTls())
                .findFirst()
                .orElseThrow();
        assertThat(config().getData())
                .containsEntry(
                        "KAFKA_BOOTSTRAP_SERVERS",
                        kafka.getMetadata().getName() + "-kafka-bootstrap:" + listener.getPort());
        assertThat(env("KAFKA_SSL_TRUSTSTORE_PASSWORD")
                        .getValueFrom()
                        .getSecretKeyRef()
                        .getName())
                .isEqualTo(kafka.getMetadata().getName() + "-cluster-ca-cert");
        NetworkPolicy policy = k.as(k.one("NetworkPolicy", "indicator-tracker"), NetworkPolicy.class);
        assertThat(policy.getSpec().getEgress())
                .anySatisfy(e ->
                        assertThat(e.getPorts().get(0).getPort().getIntVal()).isEqualTo(listener.getPort()));
        assertThat(podLabels())
                .containsAllEntriesOf(policy.getSpec().getPodSelector().getMatchLabels());
    }

    @Test
    void kafkaUserMayTouchExactlyTheTrackersTopics() {
        KafkaUser user = k.as(k.ofKind("KafkaUser").get(0), KafkaUser.class);
        var acls = ((KafkaUserAuthorizationSimple) user.getSpec().getAuthorization()).getAcls();
        Set<String> literal = new TreeSet<>();
        for (AclRule rule : acls) {
            if (rule.getResource() instanceof AclRuleTopicResource t
                    && t.getPatternType().toValue().equals("literal")) {
                literal.add(t.getName());
            }
        }
        assertThat(literal).containsExactlyInAnyOrderElementsOf(TopicCatalog.NAMES);
        String appId = config().getData().get("KAFKA_APPLICATION_ID");
        assertThat(acls)
                .anySatisfy(r -> assertThat(r.getResource() instanceof AclRuleTopicResource t
                                && t.getName().equals(appId + "-"))
                        .isTrue());
    }

    @Test
    void trackerKeysInTheConfigMapExist() {
        for (String key : config().getData().keySet()) {
            if (key.startsWith("TRACKER_")) {
                assertThat(TrackerConfig.DEFAULTS)
                        .as(key)
                        .containsKey(key.toLowerCase().replace('_', '.'));
            } else {
                assertThat(key).startsWith("KAFKA_");
            }
        }
    }

    @Test
    void podDisruptionBudgetCoversThePods() {
        PodDisruptionBudget pdb = k.as(k.one("PodDisruptionBudget", "indicator-tracker"), PodDisruptionBudget.class);
        assertThat(podLabels()).containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels());
    }

    @Test
    void theImageIsTheOneJibBuilds() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        String tag = pom.replaceAll("(?s).*<project.version.image>([^<]+)</project.version.image>.*", "$1");
        assertThat(pom).contains("<image>indicator-tracker:${project.version.image}</image>");
        assertThat(tracker().getImage()).isEqualTo("indicator-tracker:" + tag);
        assertThat(tracker().getArgs()).containsExactly("run");
    }

    @Test
    void dashboardIsProvisionedForTheGrafanaSidecar() throws Exception {
        assertThat(k.generatedFrom)
                .anySatisfy(p -> assertThat(p.getFileName().toString()).isEqualTo("indicator-tracker.json"));
        JsonNode generator = Kustomization.YAML.readTree(
                Path.of("k8s/grafana/kustomization.yaml").toFile());
        assertThat(generator
                        .path("generatorOptions")
                        .path("labels")
                        .path("grafana_dashboard")
                        .asText())
                .isEqualTo("1");
        JsonNode dashboard = Json.MAPPER.readTree(
                Path.of("k8s/grafana/indicator-tracker.json").toFile());
        Set<String> variables = new TreeSet<>();
        dashboard
                .path("templating")
                .path("list")
                .forEach(v -> variables.add(v.path("name").asText()));
        assertThat(variables).contains("datasource", "instance");
        dashboard
                .path("panels")
                .forEach(p -> p.path("targets")
                        .forEach(t -> assertThat(t.path("expr").asText())
                                .as(p.path("title").asText())
                                .contains("$instance")));
    }
}
