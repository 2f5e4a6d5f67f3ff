package org.indicatortracker.kafka;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.indicatortracker.config.TopicNames;

/**
 * Makes a cluster's topics what {@code topics/} says: creates the missing ones, raises partition
 * counts, and sets configs that differ. What it cannot do (fewer partitions) it reports as an error.
 * On a cluster smaller than the spec's replica count, replicas (and min.insync.replicas) are capped
 * at the number of brokers, so that the same files serve a laptop and a production cluster.
 */
public final class TopicAdmin {
    private static final long TIMEOUT_S = 60;

    /** What apply did, topic by topic, and what it could not do. */
    public record Outcome(List<String> actions, List<String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private final Properties clientProps;

    public TopicAdmin(Properties clientProps) {
        this.clientProps = clientProps;
    }

    public Outcome apply(TopicCatalog catalog, TopicNames names) {
        List<String> actions = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        try (Admin admin = Admin.create(clientProps)) {
            int brokers = admin.describeCluster()
                    .nodes()
                    .get(TIMEOUT_S, TimeUnit.SECONDS)
                    .size();
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_S, TimeUnit.SECONDS);
            List<NewTopic> create = new ArrayList<>();
            for (TopicSpec spec : catalog.all()) {
                String name = names.physical(spec.name());
                Map<String, String> config = effectiveConfig(spec, brokers);
                if (!existing.contains(name)) {
                    short rf = (short) Math.min(spec.replicas(), brokers);
                    create.add(new NewTopic(name, spec.partitions(), rf).configs(config));
                    actions.add("create " + name + " (" + spec.partitions() + " partitions, replicas " + rf + ")");
                } else {
                    update(admin, name, spec, config, actions, errors);
                }
            }
            if (!create.isEmpty()) {
                admin.createTopics(create).all().get(TIMEOUT_S, TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            errors.add(String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            errors.add("interrupted");
        } catch (TimeoutException e) {
            errors.add("the cluster did not answer within " + TIMEOUT_S + " s");
        }
        return new Outcome(actions, errors);
    }

    static Map<String, String> effectiveConfig(TopicSpec spec, int brokers) {
        Map<String, String> config = new HashMap<>(spec.config());
        int rf = Math.min(spec.replicas(), brokers);
        config.computeIfPresent("min.insync.replicas", (k, v) -> String.valueOf(Math.min(Integer.parseInt(v), rf)));
        return config;
    }

    private static void update(
            Admin admin,
            String name,
            TopicSpec spec,
            Map<String, String> config,
            List<String> actions,
            List<String> errors)
            throws ExecutionException, InterruptedException, TimeoutException {
        TopicDescription d = admin.describeTopics(List.of(name))
                .allTopicNames()
                .get(TIMEOUT_S, TimeUnit.SECONDS)
                .get(name);
        int current = d.partitions().size();
        if (current > spec.partitions()) {
            errors.add(name + ": has " + current + " partitions, topics/ asks for " + spec.partitions()
                    + "; Kafka cannot remove partitions (recreate the topic, or raise the spec)");
        } else if (current < spec.partitions()) {
            admin.createPartitions(Map.of(name, NewPartitions.increaseTo(spec.partitions())))
                    .all()
                    .get(TIMEOUT_S, TimeUnit.SECONDS);
            actions.add("raise " + name + " from " + current + " to " + spec.partitions() + " partitions");
        }
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, name);
        Config live = admin.describeConfigs(List.of(resource))
                .all()
                .get(TIMEOUT_S, TimeUnit.SECONDS)
                .get(resource);
        Collection<AlterConfigOp> ops = new ArrayList<>();
        for (Map.Entry<String, String> e : config.entrySet()) {
            ConfigEntry entry = live.get(e.getKey());
            if (entry == null || !e.getValue().equals(entry.value())) {
                ops.add(new AlterConfigOp(new ConfigEntry(e.getKey(), e.getValue()), AlterConfigOp.OpType.SET));
                actions.add("set " + name + " " + e.getKey() + "=" + e.getValue());
            }
        }
        if (!ops.isEmpty()) {
            admin.incrementalAlterConfigs(Map.of(resource, ops)).all().get(TIMEOUT_S, TimeUnit.SECONDS);
        }
        if (ops.isEmpty() && current == spec.partitions()) {
            actions.add("keep " + name + " (up to date)");
        }
    }
}
