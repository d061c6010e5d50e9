module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  // No import circles: a module and what it imports read top-down.
  rules: { 'import/no-cycle': 'error' },
});
