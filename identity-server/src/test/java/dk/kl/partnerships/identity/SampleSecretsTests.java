package dk.kl.partnerships.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Outside development the identity server does not start with its demo password or demo client secrets. */
class SampleSecretsTests {

    @Test
    void productionRefusesTheDemoPasswordAndTheDemoClientSecrets() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(IdentityApplication.class)
                        .profiles("production")
                        .run("--server.port=0", "--management.server.port=0"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("identity-server refuses to start")
                .hasMessageContaining("partnerships.identity.demo-password")
                .hasMessageContaining("partnerships.identity.finance-client-secret")
                .hasMessageContaining("partnerships.identity.bff-client-secret");
    }
}
