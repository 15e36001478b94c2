package io.ascribe.spark.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link MasterCores}: the task slots of the masters the bench measures. */
class MasterCoresTest {
  @Test
  void of_localAndLocalCluster_cores() {
    assertThat(MasterCores.of("local[1]")).isEqualTo(1);
    assertThat(MasterCores.of("local[2]")).isEqualTo(2);
    assertThat(MasterCores.of("local-cluster[2,1,1024]")).isEqualTo(2);
    assertThat(MasterCores.of("local-cluster[3, 2, 2048]")).isEqualTo(6);
  }

  @Test
  void of_otherMaster_rejectedNamingIt() {
    assertThatThrownBy(() -> MasterCores.of("spark://host:7077"))
        .hasMessage("--master spark://host:7077: the bench measures local[N] and local-cluster[N,C,M] masters only");
  }
}
