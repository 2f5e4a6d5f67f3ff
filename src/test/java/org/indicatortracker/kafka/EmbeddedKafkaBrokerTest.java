package org.indicatortracker.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.indicatortracker.testing.EmbeddedKafka;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaBrokerTest {

    @Test
    void aSecondBrokerOnTheSameDataFolderIsRefusedAndTheFirstLivesOn() throws Exception {
        Path dir = EmbeddedKafka.tempDir("broker-lock");
        try (EmbeddedKafkaBroker first = new EmbeddedKafkaBroker(dir, 0, Map.of()).start()) {
            EmbeddedKafkaBroker second = new EmbeddedKafkaBroker(dir, 0, Map.of());
            assertThatThrownBy(second::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("another tracker's broker is using")
                    .hasMessageContaining(dir.getFileName().toString());
            assertThat(clusterAnswers(first.bootstrapServers())).isTrue();
        }
        // The lock goes with the broker: the folder can be used again.
        try (EmbeddedKafkaBroker again = new EmbeddedKafkaBroker(dir, 0, Map.of()).start()) {
            assertThat(clusterAnswers(again.bootstrapServers())).isTrue();
        }
    }

    @Test
    void aPickedPortThatIsTakenIsReplacedByAnother() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            AtomicInteger calls = new AtomicInteger();
            // The first port handed out is taken, as when the OS gives a port away between pick and bind.
            EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(
                    EmbeddedKafka.tempDir("broker-port"),
                    0,
                    Map.of(),
                    () -> calls.getAndIncrement() == 0 ? taken.getLocalPort() : 0);
            try (broker) {
                broker.start();
                assertThat(broker.port()).isNotEqualTo(taken.getLocalPort());
                assertThat(clusterAnswers(broker.bootstrapServers())).isTrue();
            }
        }
    }

    private static boolean clusterAnswers(String bootstrap) throws Exception {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(p)) {
            return admin.describeCluster().clusterId().get(30, TimeUnit.SECONDS) != null;
        }
    }
}
