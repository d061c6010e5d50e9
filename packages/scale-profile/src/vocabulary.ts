// Words the generated organisation is made of. Names are chosen so that none
// collides with the demo organisation's, so both can be loaded together.

/** Business domains: a short slug for entity names and a title. */
export const DOMAINS = [
  { slug: 'cards', title: 'Cards & issuing' },
  { slug: 'acquiring', title: 'Merchant acquiring' },
  { slug: 'lending', title: 'Lending' },
  { slug: 'savings', title: 'Savings & deposits' },
  { slug: 'wealth', title: 'Wealth & investments' },
  { slug: 'treasury', title: 'Treasury' },
  { slug: 'fx', title: 'Foreign exchange' },
  { slug: 'remit', title: 'Remittances' },
  { slug: 'openbank', title: 'Open banking' },
  { slug: 'fraud', title: 'Fraud & risk' },
  { slug: 'compliance', title: 'Regulatory compliance' },
  { slug: 'care', title: 'Customer care' },
  { slug: 'mobile', title: 'Mobile banking' },
  { slug: 'web', title: 'Web banking' },
  { slug: 'analytics', title: 'Data & analytics' },
  { slug: 'iam', title: 'Identity & access' },
  { slug: 'billing', title: 'Billing & fees' },
  { slug: 'payroll', title: 'Payroll services' },
  { slug: 'devplat', title: 'Developer platform' },
  { slug: 'corebank', title: 'Core banking' },
];

export const SYSTEM_NOUNS = [
  'intake',
  'processing',
  'settlement',
  'reporting',
  'servicing',
];

export const SERVICE_NOUNS = [
  'gateway',
  'ledger',
  'orders',
  'pricing',
  'limits',
  'notify',
  'profile',
  'router',
  'matching',
  'scoring',
];

export const JOB_NOUNS = [
  'settle-file',
  'recon-batch',
  'statement-run',
  'report-feed',
  'export-file',
];

/** Signals a service alert watches: source, alert type and a name suffix. */
export const SERVICE_SIGNALS = [
  {
    suffix: 'error-rate',
    source: 'metric',
    title: 'error rate above threshold',
  },
  { suffix: 'p99-latency', source: 'metric', title: 'p99 latency above SLO' },
  {
    suffix: 'health-check',
    source: 'synthetic',
    title: 'health check failing',
  },
  { suffix: 'saturation', source: 'metric', title: 'CPU saturation' },
  { suffix: 'memory', source: 'metric', title: 'memory pressure' },
  { suffix: 'backlog', source: 'metric', title: 'queue backlog growing' },
  { suffix: 'dep-timeouts', source: 'log', title: 'dependency timeouts' },
  {
    suffix: 'journey',
    source: 'synthetic',
    title: 'synthetic journey failing',
  },
  { suffix: 'http-5xx', source: 'log', title: '5xx responses spiking' },
  { suffix: 'exceptions', source: 'log', title: 'unhandled exceptions' },
  {
    suffix: 'cert-expiry',
    source: 'metric',
    title: 'certificate expires soon',
  },
  { suffix: 'db-pool', source: 'metric', title: 'database pool exhausted' },
] as const;

/** Signals a job alert watches; job alerts are positive (the work did not happen). */
export const JOB_SIGNALS = [
  { suffix: 'not-started', title: 'did not start' },
  { suffix: 'not-delivered', title: 'output not delivered' },
  { suffix: 'late', title: 'finished after its cutoff' },
  { suffix: 'rejected', title: 'file rejected by the counterparty' },
  { suffix: 'partial', title: 'partial output' },
  { suffix: 'duplicate', title: 'ran twice' },
  { suffix: 'row-count', title: 'row count out of range' },
  { suffix: 'checksum', title: 'control totals do not match' },
  { suffix: 'not-acked', title: 'not acknowledged' },
  { suffix: 'retries', title: 'retries exhausted' },
  { suffix: 'stuck', title: 'stuck in a step' },
  { suffix: 'no-input', title: 'input file missing' },
];

export const FIRST_NAMES = [
  'amara',
  'bilal',
  'chen',
  'dara',
  'elif',
  'farid',
  'gita',
  'hugo',
  'ines',
  'jomo',
  'kai',
  'lena',
  'mateo',
  'nia',
  'omar',
  'pia',
  'quinn',
  'rosa',
  'sanjay',
  'tove',
  'uma',
  'viktor',
  'wen',
  'ximena',
  'yara',
  'zane',
  'aiko',
  'bruno',
  'carmen',
  'dev',
];

export const LAST_NAMES = [
  'adeyemi',
  'berg',
  'castro',
  'dubois',
  'eriksen',
  'fischer',
  'garcia',
  'haddad',
  'ito',
  'jensen',
  'kowalski',
  'lopez',
  'moreau',
  'nakamura',
  'okafor',
  'petrov',
  'quist',
  'rahman',
  'silva',
  'takahashi',
  'usman',
  'varga',
  'wong',
  'yilmaz',
  'zhou',
];

export const VENDOR_WORDS = [
  'northwind',
  'bluepeak',
  'clearline',
  'ironbridge',
  'lumen',
  'meridian',
  'novaline',
  'orbital',
  'pinecrest',
  'quantix',
  'redwood',
  'silverlake',
  'tidewater',
  'vantage',
  'westgate',
  'zenith',
  'harbor',
  'keystone',
  'granite',
  'summit',
];

export const VENDOR_SERVICES = [
  { word: 'cloud', type: 'cloud-infrastructure', offer: 'Cloud hosting' },
  { word: 'pay', type: 'payment-processing', offer: 'Payment processing' },
  { word: 'data', type: 'data-provider', offer: 'Market and reference data' },
  { word: 'soft', type: 'software-saas', offer: 'Hosted software' },
  { word: 'comms', type: 'communications', offer: 'SMS and e-mail delivery' },
  { word: 'secure', type: 'security', offer: 'Security monitoring' },
  { word: 'net', type: 'network', offer: 'Network connectivity' },
  { word: 'advisory', type: 'professional-services', offer: 'Consulting' },
] as const;

export const COUNTRIES = ['US', 'GB', 'IE', 'DE', 'NL', 'FR', 'SG', 'CA'];

export const EXERCISE_SCENARIOS = [
  'Primary database fails over to its replica during business hours.',
  'A critical vendor is unreachable for four hours.',
  'The primary cloud region is declared lost.',
  'A bad release corrupts records and must be rolled back.',
  'The payment file of the morning window is not delivered.',
  'Ransomware isolates the back-office network.',
];

export const POSTMORTEM_CAUSES = [
  'A configuration change reached production without review.',
  'A dependency slowed down and our client retried without a budget.',
  'A queue backed up after a consumer deployment failed silently.',
  'A certificate expired because its renewal was a manual step.',
  'A schema migration locked a hot table during peak hours.',
  'A batch job ran twice after a scheduler failover.',
];
