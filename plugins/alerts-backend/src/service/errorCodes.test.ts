import {
  createCatalogLookup,
  summarizeAlert,
} from '@readiness/plugin-alerts-common';
import {
  testAlert,
  testCatalog,
  testProcedure,
} from '@readiness/plugin-alerts-common/testUtils';
import { indexErrorCodes } from './errorCodes';

describe('indexErrorCodes', () => {
  const lookup = createCatalogLookup([
    ...testCatalog,
    testProcedure('ach-sop'),
  ]);
  const alerts = [
    testAlert('a', {
      procedure: 'procedure:ach-sop',
      errorCodes: [
        { code: 'ACH-TX-017', class: 'system', meaning: 'SFTP timed out' },
        { code: 'ACH-ACK-009', class: 'business', meaning: 'Duplicate file' },
      ],
    }),
    testAlert('b', {
      owner: 'group:cards-squad',
      errorCodes: [
        { code: 'ACH-TX-017', class: 'system', meaning: 'SFTP timed out' },
        { code: 'ACH-TX-017', class: 'application' },
        { code: 'APP-1', class: 'application', meaning: 'Bad totals' },
      ],
    }),
  ].map(alert => summarizeAlert(alert, lookup));

  it('lists each code and class once, by class then code', () => {
    const index = indexErrorCodes(alerts);
    expect(index.map(entry => `${entry.class} ${entry.code}`)).toEqual([
      'business ACH-ACK-009',
      'application ACH-TX-017',
      'application APP-1',
      'system ACH-TX-017',
    ]);
  });

  it('gathers the alerts, SOPs, owners and meanings of a code', () => {
    const entry = indexErrorCodes(alerts).find(
      e => e.code === 'ACH-TX-017' && e.class === 'system',
    )!;
    expect(entry.meanings).toEqual(['SFTP timed out']);
    expect(entry.alerts.map(a => a.ref)).toEqual([
      'alert:default/a',
      'alert:default/b',
    ]);
    expect(entry.procedures.map(p => p.ref)).toEqual([
      'procedure:default/ach-sop',
    ]);
    expect(entry.owners.map(o => o.title)).toEqual([
      'ACH Squad',
      'Cards Squad',
    ]);
  });
});
