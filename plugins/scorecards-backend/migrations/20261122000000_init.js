// @ts-check

/**
 * A result's run (deleted with it) and the squad it is for.
 *
 * @param {import('knex').Knex.CreateTableBuilder} table
 */
function runAndSquadColumns(table) {
  table
    .integer('run_id')
    .notNullable()
    .references('id')
    .inTable('scorecard_runs')
    .onDelete('CASCADE');
  table.string('squad_ref').notNullable();
}

/**
 * Scorecard history (one run per evaluation, with every squad's level and every check's result),
 * the current attestations and waivers, and the audit trail of both.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('scorecard_runs', table => {
    table.comment(
      'One evaluation: of every squad (scheduled) or of one squad (on demand)',
    );
    table.increments('id');
    table.timestamp('evaluated_at', { useTz: true }).notNullable();
    table.string('model_ref').notNullable();
    table.string('model_version').notNullable();
    table
      .string('trigger')
      .notNullable()
      .comment('schedule, on-demand, attestation, approval or waiver');
    table
      .string('triggered_by')
      .nullable()
      .comment('The user entity ref, for evaluations a person asked for');
    table.integer('squad_count').notNullable();
    table.index(['evaluated_at'], 'scorecard_runs_evaluated_at_idx');
  });

  await knex.schema.createTable('scorecard_squad_results', table => {
    table.comment('The level of a squad in one run');
    runAndSquadColumns(table);
    table.integer('level').notNullable();
    table.timestamp('evaluated_at', { useTz: true }).notNullable();
    table.string('model_version').notNullable();
    table
      .string('week', 8)
      .notNullable()
      .comment('ISO week in UTC, e.g. 2026-W47, for the trend');
    table
      .string('quarter', 7)
      .notNullable()
      .comment('e.g. 2026-Q4, for the trend');
    table.primary(['run_id', 'squad_ref']);
    table.index(
      ['squad_ref', 'evaluated_at'],
      'scorecard_squad_results_squad_idx',
    );
    table.index(['week', 'squad_ref'], 'scorecard_squad_results_week_idx');
    table.index(
      ['quarter', 'squad_ref'],
      'scorecard_squad_results_quarter_idx',
    );
  });

  await knex.schema.createTable('scorecard_check_results', table => {
    table.comment('The result of one check for one squad in one run');
    runAndSquadColumns(table);
    table.string('check_id').notNullable();
    table
      .string('status', 16)
      .notNullable()
      .comment('pass, fail, waived or no-data');
    table.text('summary').notNullable();
    table
      .text('evidence')
      .notNullable()
      .comment('JSON array of evidence items: failing records with links');
    table.string('model_version').notNullable();
    table.timestamp('evaluated_at', { useTz: true }).notNullable();
    table.primary(['run_id', 'squad_ref', 'check_id']);
    table.index(['squad_ref', 'check_id'], 'scorecard_check_results_squad_idx');
  });

  await knex.schema.createTable('scorecard_attestations', table => {
    table.comment(
      'The current attestation of each squad for each attestation check',
    );
    table.string('squad_ref').notNullable();
    table.string('check_id').notNullable();
    table.text('evidence_url').notNullable();
    table.text('comment').notNullable();
    table.string('attested_by').notNullable();
    table.timestamp('attested_at', { useTz: true }).notNullable();
    table.timestamp('expires_at', { useTz: true }).nullable();
    table.string('approved_by').nullable();
    table.timestamp('approved_at', { useTz: true }).nullable();
    table.string('model_version').notNullable();
    table.primary(['squad_ref', 'check_id']);
  });

  await knex.schema.createTable('scorecard_waivers', table => {
    table.comment('The current waiver of each squad for a check');
    table.string('squad_ref').notNullable();
    table.string('check_id').notNullable();
    table.text('reason').notNullable();
    table.string('approved_by').notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('expires_at', { useTz: true }).notNullable();
    table.primary(['squad_ref', 'check_id']);
  });

  await knex.schema.createTable('scorecard_audit', table => {
    table.comment(
      'Every change to an attestation or a waiver: who, when, the previous and the new value',
    );
    table.increments('id');
    table.string('subject', 16).notNullable().comment('attestation or waiver');
    table
      .string('action', 16)
      .notNullable()
      .comment('attested, approved or waived');
    table.string('squad_ref').notNullable();
    table.string('check_id').notNullable();
    table.string('actor').notNullable();
    table.timestamp('at', { useTz: true }).notNullable();
    table
      .text('previous_value')
      .nullable()
      .comment('JSON, null when there was none');
    table.text('new_value').notNullable().comment('JSON');
    table.index(['squad_ref', 'check_id'], 'scorecard_audit_squad_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('scorecard_audit');
  await knex.schema.dropTable('scorecard_waivers');
  await knex.schema.dropTable('scorecard_attestations');
  await knex.schema.dropTable('scorecard_check_results');
  await knex.schema.dropTable('scorecard_squad_results');
  await knex.schema.dropTable('scorecard_runs');
};
