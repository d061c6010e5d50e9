// @ts-check

/**
 * A counter raised whenever the stored snapshot changes (a sync, incidents'
 * log entries, a raised incident), so each replica knows when to rebuild what
 * it derives from the snapshot in memory.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('oncall_sync_state', table => {
    table
      .integer('snapshot_version')
      .notNullable()
      .defaultTo(0)
      .comment('raised on every change to the stored snapshot');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('oncall_sync_state', table => {
    table.dropColumn('snapshot_version');
  });
};
