/* eslint-disable no-script-url -- script URLs are what these tests feed in */
import type { Entity } from '@backstage/catalog-model';
import {
  readInvalidRecordFiles,
  readKnownEntityRefs,
  readTaxonomy,
  readValidRecordFiles,
} from '../__fixtures__/testFixtures';
import { READINESS_KINDS } from '../kinds';
import { RECORD_TEXT_LIMITS } from '../schemas';
import { checkReferences } from '../references';
import { validateEntityLinks } from './validateEntityLinks';
import { validateRecord } from './validateRecord';

const taxonomy = readTaxonomy();
const validFiles = readValidRecordFiles();
const validRecords = validFiles.flatMap(file =>
  file.documents.map(({ entity }) => entity),
);
const knownRefs = readKnownEntityRefs();

function recordFor(kind: string): Entity {
  return structuredClone(validRecords.find(record => record.kind === kind)!);
}

describe('validateRecord', () => {
  it('has one valid fixture per kind, from the record contract', () => {
    expect(validRecords.map(record => record.kind).sort()).toEqual(
      [...READINESS_KINDS].sort(),
    );
  });

  it.each(validFiles.map(file => [file.path, file]))(
    'accepts the contract example %s',
    (_, file) => {
      expect(file.problems).toEqual([]);
      for (const { entity } of file.documents) {
        expect(validateRecord(entity, { taxonomy })).toEqual([]);
      }
    },
  );

  it('finds every reference of the contract examples', () => {
    expect(checkReferences(validRecords, knownRefs)).toEqual([]);
  });

  describe.each(readInvalidRecordFiles().map(file => [file.path, file]))(
    'rejects %s',
    (_, file) => {
      it('with exactly the expected problem', () => {
        expect(file.problems).toEqual([]);
        expect(file.documents).toHaveLength(1);
        const [{ entity, lineOf }] = file.documents;
        const problems = [
          ...validateRecord(entity, { taxonomy }),
          ...checkReferences(
            [entity],
            [
              ...knownRefs,
              ...validRecords.map(
                record => `${record.kind}:${record.metadata.name}`,
              ),
            ],
          ).map(({ field, message }) => ({ field, message })),
        ];
        expect(problems).toEqual([
          {
            field: file.expected.field,
            message: expect.stringContaining(file.expected.message),
          },
        ]);
        // Below the "# expect" line and the envelope: the field has a line of its own.
        expect(lineOf(problems[0].field)).toBeGreaterThan(1);
      });
    },
  );

  it('reports every problem of a record at once', () => {
    const alert = recordFor('Alert');
    Object.assign(alert.spec!, { severity: 'urgent', paging: 'yes' });
    delete alert.spec!.owner;
    expect(validateRecord(alert)).toEqual([
      { field: 'spec.owner', message: 'is required' },
      { field: 'spec.severity', message: expect.stringContaining('urgent') },
      { field: 'spec.paging', message: 'must be true or false (got "yes")' },
    ]);
  });

  it('checks taxonomy tags only when given the taxonomy', () => {
    const postmortem = recordFor('Postmortem');
    postmortem.spec!.taxonomy = ['bad-luck'];
    expect(validateRecord(postmortem)).toEqual([]);
    expect(validateRecord(postmortem, { taxonomy })).toHaveLength(1);
  });

  it('does not compare values the schema rejected', () => {
    const postmortem = recordFor('Postmortem');
    Object.assign(postmortem.spec!, {
      startedAt: 'yesterday morning',
      detectedAt: '2026-03-14T09:30:00Z',
    });
    expect(validateRecord(postmortem)).toEqual([
      {
        field: 'spec.startedAt',
        message: expect.stringContaining('timestamp'),
      },
    ]);
  });

  it('accepts a success review without incident fields', () => {
    const postmortem = recordFor('Postmortem');
    postmortem.spec = {
      reviewType: 'success',
      status: 'draft',
      owner: 'group:ach-operations-squad',
      startedAt: '2026-11-27T00:00:00-05:00',
      services: ['component:ach-origination-service'],
      summary: 'Black Friday volume doubled and every file settled on time.',
    };
    expect(validateRecord(postmortem, { taxonomy })).toEqual([]);
  });

  it('accepts a failed exercise that missed its objectives, and a planned one', () => {
    const exercise = recordFor('Exercise');
    Object.assign(exercise.spec!, {
      result: 'failed',
      measured: { rto: 'PT9H', rpo: 'PT1H' },
    });
    expect(validateRecord(exercise)).toEqual([]);

    delete exercise.spec!.result;
    delete exercise.spec!.measured;
    expect(validateRecord(exercise)).toEqual([]);
  });

  it('accepts parameter defaults of every type', () => {
    const procedure = recordFor('Procedure');
    procedure.spec!.parameters = [
      { name: 'day', type: 'date', default: '2026-02-28' },
      { name: 'count', type: 'integer', default: 10 },
      {
        name: 'window',
        type: 'enum',
        allowed: ['0600', '1000'],
        default: '1000',
      },
      { name: 'batch', type: 'string', pattern: '^B[0-9]+$', default: 'B12' },
    ];
    procedure.spec!.script = '{{ day }} {{count}} {{window}} {{batch}}';
    expect(validateRecord(procedure)).toEqual([]);
  });

  it('reports each undeclared placeholder once', () => {
    const procedure = recordFor('Procedure');
    procedure.spec!.script = '{{a}} {{b}} {{a}} {{window}}';
    expect(validateRecord(procedure).map(({ message }) => message)).toEqual([
      '{{a}} is not a declared parameter (declared: businessDate, window, batchId)',
      '{{b}} is not a declared parameter (declared: businessDate, window, batchId)',
    ]);
  });

  it('states the size of text it refuses', () => {
    const alert = recordFor('Alert');
    alert.metadata.description = 'x'.repeat(2_000_000);
    alert.spec!.condition = 'y'.repeat(RECORD_TEXT_LIMITS.text);
    expect(validateRecord(alert)).toEqual([
      {
        field: 'metadata.description',
        message: 'must be at most 2,000 characters (got 2,000,000)',
      },
    ]);
  });

  it('gives documents a larger limit than paragraphs', () => {
    const postmortem = recordFor('Postmortem');
    postmortem.spec!.details = 'z'.repeat(RECORD_TEXT_LIMITS.document);
    expect(validateRecord(postmortem)).toEqual([]);
    postmortem.spec!.details += 'z';
    expect(validateRecord(postmortem)).toEqual([
      {
        field: 'spec.details',
        message: 'must be at most 100,000 characters (got 100,001)',
      },
    ]);
  });

  it('accepts web and mailto links, and refuses any other scheme', () => {
    const alert = recordFor('Alert');
    alert.metadata.links = [
      { url: 'https://grafana.example.com/d/ach', title: 'Dashboard' },
      { url: 'mailto:ach-ops@example.com', title: 'Team mail' },
      { url: 'data:text/html,<script>alert(1)</script>', title: 'Data' },
    ];
    expect(validateRecord(alert)).toEqual([
      {
        field: 'metadata.links[2].url',
        message: expect.stringMatching(
          /^must be an http, https or mailto URL, .* \(got "data:text\/html,/,
        ),
      },
    ]);
  });

  it('refuses an alternative named as the vendor itself', () => {
    const vendor = recordFor('Vendor');
    vendor.spec!.alternatives = [
      { name: 'federal reserve bank of atlanta ' },
      { name: 'The Clearing House EPN', vendor: 'vendor:default/FedACH' },
    ];
    expect(validateRecord(vendor)).toEqual([
      {
        field: 'spec.alternatives[0].name',
        message:
          "is this vendor's own name: an alternative must be another provider",
      },
      {
        field: 'spec.alternatives[1].vendor',
        message:
          'is this vendor itself (vendor:default/fedach): an alternative must be another provider',
      },
    ]);
  });
});

describe('validateEntityLinks', () => {
  const component: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'ach-origination-service',
      links: [
        { url: 'https://grafana.example.com/d/ach' },
        { url: 'mailto:ach-ops@example.com' },
      ],
    },
    spec: { type: 'service', lifecycle: 'production', owner: 'group:x' },
  };

  it('accepts web and mailto links of any kind', () => {
    expect(validateEntityLinks(component)).toEqual([]);
    expect(
      validateEntityLinks({ ...component, metadata: { name: 'no-links' } }),
    ).toEqual([]);
  });

  it('refuses a script link on a kind the portal does not own', () => {
    expect(
      validateEntityLinks({
        ...component,
        metadata: {
          ...component.metadata,
          links: [{ url: 'javascript:alert(1)', title: 'Runbook' }],
        },
      }),
    ).toEqual([
      {
        field: 'metadata.links[0].url',
        message:
          'must be an http, https or mailto URL, like https://grafana.example.com/d/ach or mailto:team@example.com (got "javascript:alert(1)")',
      },
    ]);
  });
});
