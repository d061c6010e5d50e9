// @ts-check

// Times are stored as ISO-8601 UTC strings (Date.toISOString()), which sort
// and compare the same way on SQLite and PostgreSQL.

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('oncall_services', table => {
    table.comment('PagerDuty services, as of the last successful sync');
    table.string('id').primary().comment('PagerDuty service id');
    table.string('name').notNullable();
    table.string('status').nullable();
    table.text('html_url').nullable();
    table.string('escalation_policy_id').nullable();
  });

  await knex.schema.createTable('oncall_service_integrations', table => {
    table.comment(
      'Integrations of PagerDuty services, with their routing keys',
    );
    table.string('service_id').notNullable();
    table.string('id').notNullable().comment('PagerDuty integration id');
    table.string('type').notNullable();
    table.string('name').nullable();
    table
      .string('integration_key')
      .nullable()
      .comment('Events API routing key, when the integration has one');
    table.primary(['service_id', 'id']);
    table.index('integration_key');
  });

  await knex.schema.createTable('oncall_service_teams', table => {
    table.comment('PagerDuty teams a service belongs to');
    table.string('service_id').notNullable();
    table.string('team_id').notNullable();
    table.primary(['service_id', 'team_id']);
  });

  await knex.schema.createTable('oncall_escalation_policies', table => {
    table.comment('PagerDuty escalation policies');
    table.string('id').primary();
    table.string('name').notNullable();
    table.text('html_url').nullable();
  });

  await knex.schema.createTable('oncall_escalation_policy_teams', table => {
    table.comment('PagerDuty teams an escalation policy belongs to');
    table.string('policy_id').notNullable();
    table.string('team_id').notNullable();
    table.primary(['policy_id', 'team_id']);
  });

  await knex.schema.createTable('oncall_escalation_levels', table => {
    table.comment('Escalation rules of a policy, level 1 first');
    table.string('policy_id').notNullable();
    table.integer('level').notNullable();
    table.integer('delay_minutes').notNullable();
    table.primary(['policy_id', 'level']);
  });

  await knex.schema.createTable('oncall_escalation_targets', table => {
    table.comment('Who an escalation level notifies: schedules or users');
    table.string('policy_id').notNullable();
    table.integer('level').notNullable();
    table.string('target_type').notNullable();
    table.string('target_id').notNullable();
    table.string('target_name').nullable();
    table.primary(['policy_id', 'level', 'target_type', 'target_id']);
  });

  await knex.schema.createTable('oncall_schedules', table => {
    table.comment('PagerDuty schedules');
    table.string('id').primary();
    table.string('name').notNullable();
    table.string('time_zone').nullable();
    table.text('html_url').nullable();
  });

  await knex.schema.createTable('oncall_users', table => {
    table.comment('PagerDuty users');
    table.string('id').primary();
    table.string('name').notNullable();
    table.string('email').nullable();
    table.text('html_url').nullable();
    table.index('email');
  });

  await knex.schema.createTable('oncall_teams', table => {
    table.comment('PagerDuty teams');
    table.string('id').primary();
    table.string('name').notNullable();
    table.text('html_url').nullable();
  });

  await knex.schema.createTable('oncall_team_members', table => {
    table.comment('PagerDuty team membership');
    table.string('team_id').notNullable();
    table.string('user_id').notNullable();
    table.primary(['team_id', 'user_id']);
  });

  await knex.schema.createTable('oncall_shifts', table => {
    table.comment('On-call shifts overlapping now and the next window');
    table.increments('id');
    table.string('policy_id').notNullable();
    table.integer('level').notNullable();
    table.string('user_id').notNullable();
    table.string('user_name').nullable();
    table.string('schedule_id').nullable();
    table.string('schedule_name').nullable();
    table.string('starts_at').nullable().comment('null: always on call');
    table.string('ends_at').nullable().comment('null: never goes off call');
    table.index('policy_id');
  });

  await knex.schema.createTable('oncall_incidents', table => {
    table.comment('PagerDuty incidents within the history kept');
    table.string('id').primary();
    table.integer('number').notNullable();
    table.text('title').notNullable();
    table.string('status').notNullable();
    table.string('urgency').nullable();
    table.string('service_id').notNullable();
    table.string('created_at').notNullable();
    table.string('acknowledged_at').nullable().comment('first acknowledgement');
    table
      .boolean('ack_checked')
      .notNullable()
      .defaultTo(false)
      .comment('the log entries were read for the first acknowledgement');
    table.string('resolved_at').nullable();
    table.text('html_url').nullable();
    table.string('incident_key').nullable();
    table.index(['service_id', 'created_at']);
    table.index('created_at');
    table.index('status');
  });

  await knex.schema.createTable('oncall_sync_state', table => {
    table.comment('Health of the PagerDuty sync: one row');
    table.string('id').primary();
    table.string('last_attempt_at').nullable();
    table.string('last_success_at').nullable();
    table.string('last_error_at').nullable();
    table.text('last_error_message').nullable();
    table
      .string('incidents_synced_until')
      .nullable()
      .comment('high-water mark of the incremental incident sync');
    table
      .string('retry_not_before')
      .nullable()
      .comment('PagerDuty asked us to wait until then (Retry-After)');
    table
      .text('counts')
      .nullable()
      .comment('JSON: records and requests of the last success');
  });

  await knex.schema.createTable('oncall_incident_triggers', table => {
    table.comment(
      'Incidents people raised from the portal, for the rate limit',
    );
    table.increments('id');
    table.string('user_ref').notNullable();
    table.string('entity_ref').notNullable();
    table.string('created_at').notNullable();
    table.string('dedup_key').nullable();
    table.index(['user_ref', 'created_at']);
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  for (const table of [
    'oncall_incident_triggers',
    'oncall_sync_state',
    'oncall_incidents',
    'oncall_shifts',
    'oncall_team_members',
    'oncall_teams',
    'oncall_users',
    'oncall_schedules',
    'oncall_escalation_targets',
    'oncall_escalation_levels',
    'oncall_escalation_policy_teams',
    'oncall_escalation_policies',
    'oncall_service_teams',
    'oncall_service_integrations',
    'oncall_services',
  ]) {
    await knex.schema.dropTable(table);
  }
};
