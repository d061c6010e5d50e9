// @ts-check

/**
 * The steps of resolved incidents from their PagerDuty log entries, read once
 * per incident; the first acknowledgement (MTTA) is taken from them.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('oncall_incident_log_entries', table => {
    table.comment(
      'Steps of an incident (triggered, acknowledged, escalated, notified, resolved) from its PagerDuty log entries',
    );
    table.string('incident_id').notNullable();
    table.string('id').notNullable().comment('PagerDuty log entry id');
    table
      .integer('position')
      .notNullable()
      .comment('order among the incident steps, oldest first');
    table.string('type').notNullable();
    table.string('at').notNullable();
    table.string('agent_type').nullable();
    table.string('agent_id').nullable();
    table.text('agent_name').nullable();
    table
      .text('recipients')
      .notNullable()
      .comment('JSON: the people notified or assigned, [{ type, id, name }]');
    table.string('channel').nullable();
    table.text('summary').nullable();
    table.primary(['incident_id', 'id']);
  });
  // Incidents checked so far had only their first acknowledgement kept: read
  // their log entries again, in full.
  await knex.schema.alterTable('oncall_incidents', table => {
    table.renameColumn('ack_checked', 'log_entries_stored');
  });
  await knex('oncall_incidents').update({ log_entries_stored: false });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('oncall_incidents', table => {
    table.renameColumn('log_entries_stored', 'ack_checked');
  });
  await knex.schema.dropTable('oncall_incident_log_entries');
};
