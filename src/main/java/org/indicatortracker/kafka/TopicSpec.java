package org.indicatortracker.kafka;

import java.util.Map;

/** One topic as {@code topics/} defines it. */
public record TopicSpec(String name, int partitions, int replicas, Map<String, String> config) {}
