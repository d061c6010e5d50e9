import { parseArgs } from 'util';
import { startPagerDutySandbox } from './sandbox';

const USAGE = `Usage: pagerduty-sandbox [options]

  --catalog <dir>          the demo organisation's catalog-info folder
  --account <file>         a sandbox account file instead (the scale profile's
                           pagerduty-account.json); PAGERDUTY_SANDBOX_ACCOUNT too
  --scale <services>x<schedules>
                           a synthetic account instead, e.g. 1000x300
  --port <n>               default 7079 (0: any free port)
  --host <address>         default 127.0.0.1
  --token <token>          REST API token, default "sandbox"
  --seed <n>               same seed, same account
  --budget <n>             REST requests per minute and token, default 960
`;

/**
 * `pagerduty-sandbox --port 7079 --token sandbox --catalog catalog-info`
 *
 * @public
 */
export async function runPagerDutySandboxCli(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      catalog: { type: 'string' },
      account: { type: 'string' },
      scale: { type: 'string' },
      port: { type: 'string', default: '7079' },
      host: { type: 'string', default: '127.0.0.1' },
      token: { type: 'string', default: 'sandbox' },
      seed: { type: 'string' },
      budget: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const scale = values.scale ? /^(\d+)x(\d+)$/.exec(values.scale) : undefined;
  const accountFile = values.account ?? process.env.PAGERDUTY_SANDBOX_ACCOUNT;
  if (values.help || (!values.catalog && !scale && !accountFile)) {
    process.stdout.write(USAGE);
    process.exitCode = values.help ? 0 : 1;
    return;
  }
  const sandbox = await startPagerDutySandbox({
    catalogDir: values.catalog,
    accountFile,
    scale: scale
      ? { services: Number(scale[1]), schedules: Number(scale[2]) }
      : undefined,
    port: Number(values.port),
    host: values.host,
    token: values.token!,
    seed: values.seed ? Number(values.seed) : undefined,
    requestsPerMinute: values.budget ? Number(values.budget) : undefined,
  });
  const { account, facts } = sandbox;
  const open = [...account.incidents.values()].filter(
    i => i.status !== 'resolved',
  ).length;
  process.stdout.write(
    [
      `PagerDuty sandbox: REST API ${sandbox.url} (Authorization: Token token=${values.token}), Events API ${sandbox.eventsUrl}/enqueue`,
      `${account.services.size} services, ${account.users.size} users, ${account.teams.size} teams, ` +
        `${account.schedules.size} schedules, ${account.escalationPolicies.size} escalation policies, ` +
        `${account.incidents.size} incidents (${open} open)`,
      ...(facts
        ? [
            `Catalog users without a PagerDuty user: ${facts.usersWithoutPagerDuty.join(
              ', ',
            )}`,
          ]
        : []),
      '',
    ].join('\n'),
  );
  const stop = () => {
    sandbox.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
