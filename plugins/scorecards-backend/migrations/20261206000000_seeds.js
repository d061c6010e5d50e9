// @ts-check

/**
 * Which one-off seeds (the embedded demo's history) have been written, so that a restart or a
 * second replica does not write them again.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('scorecard_seeds', table => {
    table.comment('One row per seed written to this database');
    table.string('name').primary();
    table.timestamp('seeded_at', { useTz: true }).notNullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('scorecard_seeds');
};
