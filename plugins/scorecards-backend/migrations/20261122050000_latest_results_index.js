// @ts-check

/**
 * Each squad's latest result is its highest run id: an index on (squad_ref, run_id) answers
 * that without reading the history.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('scorecard_squad_results', table => {
    table.index(['squad_ref', 'run_id'], 'scorecard_squad_results_latest_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('scorecard_squad_results', table => {
    table.dropIndex(
      ['squad_ref', 'run_id'],
      'scorecard_squad_results_latest_idx',
    );
  });
};
