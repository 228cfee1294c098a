package io.github.torcindex.schema;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which Torc schema a database holds, read from the migrations Torc's server (sqlx) recorded in
 * {@code _sqlx_migrations}.
 *
 * @param schema the known schema it is, in words ("Torc v0.12.0"), or what it is relative to them
 * @param newestMigration the newest migration recorded as successful, if the table exists
 * @param migrations how many migrations are recorded as successful
 * @param newerThanKnown whether its newest migration is newer than every schema torc-index knows: it is then
 *     worked with as it is, tables an older Torc had are not required, and {@link #warning} says so
 */
public record TorcSchemaVersion(String schema, Optional<Long> newestMigration, int migrations,
        boolean newerThanKnown) {

    /**
     * A schema torc-index knows: its name and the newest migration Torc's own migrations leave in it.
     *
     * @param baselineTables whether it has every table and column of the seed baseline (checked on open)
     */
    public record Known(String name, long newestMigration, String description, boolean baselineTables) {
    }

    /**
     * A schema {@code init --torc-version} creates.
     *
     * @param name what the user types: {@code seed} or a Torc version such as {@code v0.12.0}
     * @param changelog the class-path changelog that creates it
     * @param description what it holds
     */
    public record Init(String name, String changelog, String description) {

        /** The seed document's baseline: the 25 tables, no Torc index but the two unblocking ones. */
        public static final Init SEED = new Init("seed", TorcDatabase.BASELINE_CHANGELOG, "the seed baseline of "
                + "torc-schema.md: Torc's 25 tables, the two unblocking partial indexes, no other Torc index, no "
                + "_sqlx_migrations (level 0 of the seed's claims)");
        /** Torc v0.12.0 as its own migrations leave it. */
        public static final Init V0_12_0 = new Init("v0.12.0", "io/github/torcindex/schema/torc-v0.12.0.xml",
                "Torc v0.12.0 as its 12 migrations leave it: the same 25 tables, Torc's 14 indexes of its own, "
                + "_sqlx_migrations up to 20260206000000, no Liquibase tables");
        /** Torc v0.25.1 (the nreinicke/torc fork's release, Torc's history to 20260421000000). */
        public static final Init V0_25_1 = new Init("v0.25.1", "io/github/torcindex/schema/torc-v0.25.1.xml",
                "Torc v0.25.1 as its 30 migrations leave it (the release of the fork nreinicke/torc, which carries "
                + "Torc's history to 20260421000000): 29 tables, Torc's 51 indexes of its own, no Liquibase tables");
        /** Every schema init can create. */
        public static final List<Init> ALL = List.of(SEED, V0_12_0, V0_25_1);

        /**
         * The schema named {@code name}.
         *
         * @throws IllegalArgumentException naming the known ones if there is none
         */
        public static Init of(String name) {
            return ALL.stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("unknown Torc version '" + name + "'; torc-index can create "
                            + ALL.stream().map(Init::name).toList() + " (the newest public migrations, "
                            + NEWEST_PUBLIC_MIGRATION + ", are recognised in existing databases but not created "
                            + "yet)"));
        }
    }

    /** The Torc schemas torc-index knows, oldest first. */
    public static final List<Known> KNOWN = List.of(
            new Known("v0.12.0", 20260206000000L, "Torc v0.12.0 (migrations 20250101000000 to "
                    + "20260206000000_add_metadata_and_project): the seed baseline's 25 tables and Torc's 14 "
                    + "indexes of its own", true),
            new Known("v0.25.1", 20260421000000L, "Torc v0.25.1 (nreinicke/torc, migrations to "
                    + "20260421000000_add_env_to_workflow_and_job): 29 tables, 51 indexes of Torc's own", false));

    /** The newest migration of Torc's public sources, which torc-index recognises but has no schema of yet. */
    public static final long NEWEST_PUBLIC_MIGRATION = 20261007000002L;

    /** What the schema of a database without {@code _sqlx_migrations} is called (torc-index's own init). */
    public static final String SEED_BASELINE = "seed baseline (no _sqlx_migrations)";

    /** Validates the components. */
    public TorcSchemaVersion {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(newestMigration, "newestMigration");
    }

    /**
     * Whether a database of this schema must have every table and column of the seed baseline: true up to
     * v0.12.0; a later Torc dropped and merged some (workflow.jobs_sort_method, workflow_status).
     */
    public boolean baselineTables() {
        if (newerThanKnown) {
            return false;
        }
        return newestMigration.map(m -> KNOWN.stream().filter(k -> k.newestMigration() == m).findFirst()
                .map(Known::baselineTables).orElse(true)).orElse(true);
    }

    /** What to tell a user about this schema, if anything: a newer Torc than torc-index knows. */
    public Optional<String> warning() {
        return newerThanKnown ? Optional.of("this database's Torc schema (migrations up to "
                + newestMigration.orElseThrow() + ") is newer than every schema torc-index knows (newest: "
                + KNOWN.get(KNOWN.size() - 1).name() + "); it is worked with as it is: recommended indexes whose "
                + "table or column it lacks are NOT_APPLICABLE") : Optional.empty();
    }

    /** Reads the version of {@code database}. */
    static TorcSchemaVersion read(TorcDatabase database) {
        if (!database.tableNames().contains("_sqlx_migrations")) {
            return new TorcSchemaVersion(SEED_BASELINE, Optional.empty(), 0, false);
        }
        long newest;
        int count;
        try (Statement st = database.connection().createStatement(); ResultSet rs = st.executeQuery(
                "SELECT max(version), count(*) FROM _sqlx_migrations WHERE success")) {
            rs.next();
            newest = rs.getLong(1);
            count = rs.getInt(2);
        } catch (SQLException e) {
            throw database.failure("read Torc's migration history (_sqlx_migrations) of", e);
        }
        if (count == 0) {
            return new TorcSchemaVersion("Torc, no migration recorded as successful", Optional.empty(), 0, false);
        }
        for (Known known : KNOWN) {
            if (known.newestMigration() == newest) {
                return new TorcSchemaVersion("Torc " + known.name(), Optional.of(newest), count, false);
            }
        }
        Known newestKnown = KNOWN.get(KNOWN.size() - 1);
        if (newest > newestKnown.newestMigration()) {
            String which = newest == NEWEST_PUBLIC_MIGRATION ? "the newest public Torc migrations" : "Torc";
            return new TorcSchemaVersion(which + " up to " + newest + " (newer than " + newestKnown.name() + ")",
                    Optional.of(newest), count, true);
        }
        return new TorcSchemaVersion("Torc before " + KNOWN.get(0).name() + " (migrations up to " + newest + ")",
                Optional.of(newest), count, false);
    }
}
