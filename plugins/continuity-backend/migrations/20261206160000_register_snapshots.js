// @ts-check

/**
 * Snapshots of the records the DORA register is built from, so the register can be shown as
 * it stood on a past day. Contents are stored once per hash; each snapshot names the content
 * the records had from that moment on.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('register_contents', table => {
    table.comment('The distinct contents of register snapshots, by their SHA-256');
    table.string('hash', 64).primary();
    table.text('content').notNullable().comment('The vendors, plans, dependencies and confidential fields as canonical JSON');
  });
  await knex.schema.createTable('register_snapshots', table => {
    table.comment('When the register records changed, and to which content');
    table.increments('id');
    table.timestamp('taken_at', { useTz: true }).notNullable();
    table.string('hash', 64).notNullable().references('hash').inTable('register_contents');
    table.string('source').notNullable().comment('records, or demo for the seeded demo history');
    table.index(['taken_at'], 'register_snapshots_taken_at_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('register_snapshots');
  await knex.schema.dropTable('register_contents');
};
