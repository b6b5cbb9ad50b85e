package app.homeplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresAddressTest {
    @Test
    void anAddressNamesHostPortDatabaseAndTls() {
        PostgresAddress a = PostgresAddress.parse("postgresql://db.clinic.example:6543/homeplan?sslmode=verify-full");
        assertThat(a.host()).isEqualTo("db.clinic.example");
        assertThat(a.port()).isEqualTo(6543);
        assertThat(a.database()).isEqualTo("homeplan");
        assertThat(a.user()).isEmpty();
        assertThat(a.jdbcUrl()).isEqualTo("jdbc:postgresql://db.clinic.example:6543/homeplan?sslmode=verify-full");
        assertThat(a).hasToString("postgresql://db.clinic.example:6543/homeplan");
    }

    @Test
    void theLoginIsTheAddresssUserElsePguserElseThisComputersUser() {
        assertThat(PostgresAddress.parse("postgresql://anna@db/homeplan").login(Map.of("PGUSER", "ben"))).isEqualTo("anna");
        assertThat(PostgresAddress.parse("postgresql://db/homeplan").login(Map.of("PGUSER", "ben"))).isEqualTo("ben");
        assertThat(PostgresAddress.parse("postgresql://db/homeplan").login(Map.of()))
                .isEqualTo(System.getProperty("user.name"));
        assertThat(PostgresAddress.parse("postgresql://db/homeplan").port()).isEqualTo(5432);
    }

    @Test
    void onlyPostgresqlAddressesAreServersEverythingElseIsAFile() {
        assertThat(PostgresAddress.isPostgres("postgresql://db/homeplan")).isTrue();
        assertThat(PostgresAddress.isPostgres("/home/anna/homeplan.db")).isFalse();
        assertThat(PostgresAddress.isPostgres("C:\\Users\\anna\\homeplan.db")).isFalse();
        assertThat(PostgresAddress.isPostgres(null)).isFalse();
    }

    @Test
    void aPasswordInTheAddressIsRefusedAndNotRepeated() {
        assertThatThrownBy(() -> PostgresAddress.parse("postgresql://anna:secret@db/homeplan"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("never keeps passwords")
                .message().doesNotContain("secret");
    }

    @Test
    void mistakesAreOneSentenceEach() {
        assertThatThrownBy(() -> PostgresAddress.parse("postgresql://db")).hasMessageContaining("postgresql://HOST[:PORT]/DATABASE");
        assertThatThrownBy(() -> PostgresAddress.parse("postgresql://db/a/b")).hasMessageContaining("cannot read the database address");
        assertThatThrownBy(() -> PostgresAddress.parse("postgresql://db/homeplan?password=x"))
                .hasMessageContaining("\"password\"");
    }
}
