// @ts-check

/**
 * An approver may reject an attestation as well as approve it, and says why either way.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('scorecard_attestations', table => {
    table.string('rejected_by').nullable();
    table.timestamp('rejected_at', { useTz: true }).nullable();
    table
      .text('decision_reason')
      .nullable()
      .comment("The approver's reason for approving or rejecting");
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('scorecard_attestations', table => {
    table.dropColumn('rejected_by');
    table.dropColumn('rejected_at');
    table.dropColumn('decision_reason');
  });
};
