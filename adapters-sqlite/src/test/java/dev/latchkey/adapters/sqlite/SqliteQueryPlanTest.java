package dev.latchkey.adapters.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queries on hot or growing paths use indexes: the live-grant check the gateway runs on every call
 * searches each of its three tables by key, and the newest-first lists read an index backwards instead of
 * sorting, and the hourly removal of unused clients finds their grants by client. Checked with SQLite's own
 * {@code EXPLAIN QUERY PLAN} on the production schema.
 */
final class SqliteQueryPlanTest {

    @TempDir
    Path dataDir;

    @BeforeEach
    void createTheSchema() {
        SqliteStorage.open(dataDir).close();
    }

    private List<String> plan(String sql) {
        return RawSqlite.query(dataDir, "EXPLAIN QUERY PLAN " + sql, "detail");
    }

    @Test
    void findLiveWhenPlannedThenOneQuerySearchingGrantsUsersAndMembershipsByKey() {
        List<String> plan = plan(SqliteGrants.FIND_LIVE);

        assertThat(plan).hasSize(3).allSatisfy(step -> assertThat(step).startsWith("SEARCH"));
        assertThat(String.join("\n", plan)).contains("grants").contains("users").contains("memberships")
                .doesNotContain("SCAN").doesNotContain("TEMP");
    }

    @Test
    void recentGrantsWhenPlannedThenReadTheTimeIndexWithoutSorting() {
        assertThat(String.join("\n", plan(SqliteGrants.RECENT))).contains("grants_by_time").doesNotContain("TEMP B-TREE");
    }

    @Test
    void recentActivityWhenPlannedThenReadsTheTimeIndexWithoutSorting() {
        assertThat(String.join("\n", plan(SqliteActivityLog.RECENT))).contains("activity_by_time")
                .doesNotContain("TEMP B-TREE");
    }

    @Test
    void findByUriWhenPlannedThenSearchesTheUniqueUriIndex() {
        assertThat(plan("SELECT name FROM protected_resources WHERE kind = 'external' AND uri = ?"))
                .singleElement().asString().startsWith("SEARCH").contains("protected_resources_by_uri");
    }

    @Test
    void ownedByWhenPlannedThenSearchesTheOwnerIndexWithoutSorting() {
        assertThat(String.join("\n", plan(SqliteClients.OWNED_BY))).contains("clients_by_owner")
                .doesNotContain("SCAN").doesNotContain("TEMP B-TREE");
    }

    @Test
    void grantsOfOrganizationWhenPlannedThenSearchesTheOrganizationIndexWithoutSorting() {
        assertThat(String.join("\n", plan(SqliteGrants.OF_ORGANIZATION))).contains("grants_by_organization")
                .doesNotContain("SCAN").doesNotContain("TEMP B-TREE");
    }

    @Test
    void removeUnusedDynamicWhenPlannedThenSearchesGrantsByClient() {
        String plan = String.join("\n", plan(SqliteClients.REMOVE_UNUSED_DYNAMIC));

        assertThat(plan).contains("grants_by_client").doesNotContain("SCAN grants");
    }
}
