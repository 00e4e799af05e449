package com.niasotac.auth.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.auth.cli.CreateAdminCommand;
import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.Deployments;
import com.niasotac.it.support.TestDatabase;
import com.niasotac.it.support.Tokens;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;

/** The first-admin command against the real database (DATABASE_URL as the tests' environment sets it). */
@ExtendWith(ArquillianExtension.class)
class CreateAdminCommandIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    static int createAdmin(String password, String... args) {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
            return new CommandLine(new CreateAdminCommand()).execute(args);
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void createsAnAdminWhoCanManageUsers() {
        String username = "root-" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(createAdmin("a-long-admin-password", "--username", username, "--password-stdin"))
                .isZero();

        String access = Tokens.access(new TestDatabase.User(0, username, "a-long-admin-password"));
        ApiResponse users = Api.get("/api/v1/users", Api.bearer(access));
        assertThat(users.status()).as(users.toString()).isEqualTo(200);
    }

    @Test
    void refusesAWeakPasswordAndAnExistingUserWithoutReset() {
        String username = "root-" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(createAdmin("short", "--username", username, "--password-stdin"))
                .isEqualTo(2);
        assertThat(createAdmin("a-long-admin-password", "--username", username, "--password-stdin"))
                .isZero();
        assertThat(createAdmin("another-long-password", "--username", username, "--password-stdin"))
                .isEqualTo(1);
        assertThat(Api.post("/api/token", Tokens.credentials(username, "another-long-password"))
                        .status())
                .isEqualTo(401);

        assertThat(createAdmin("another-long-password", "--username", username, "--password-stdin", "--reset"))
                .isZero();
        assertThat(Api.post("/api/token", Tokens.credentials(username, "another-long-password"))
                        .status())
                .isEqualTo(200);
    }
}
