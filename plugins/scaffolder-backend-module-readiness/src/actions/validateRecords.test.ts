import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createMockDirectory } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { squad, squadComponent } from '../__testUtils__/catalog';
import { createValidateRecordsAction } from './validateRecords';

const catalogEntities: Entity[] = [
  squad,
  squadComponent('ach-return-entries-file', 'job'),
  {
    apiVersion: 'readiness.dev/v1alpha1',
    kind: 'Alert',
    metadata: { name: 'already-there', namespace: 'default' },
    spec: {},
  },
];

const validAlert = `apiVersion: readiness.dev/v1alpha1
kind: Alert
metadata:
  name: ach-return-entries-file-not-received
  title: ACH return entries file not received
spec:
  type: positive
  source: job
  severity: critical
  paging: true
  owner: group:default/ach-operations-squad
  monitors: component:default/ach-return-entries-file
  schedule: "0 7 * * 1-5"
  cutoff: "07:30"
`;

describe('readiness:records:validate', () => {
  const workspace = createMockDirectory();
  const action = createValidateRecordsAction({
    catalog: catalogServiceMock({ entities: catalogEntities }),
  });

  function write(path: string, text: string) {
    mkdirSync(join(workspace.path, path, '..'), { recursive: true });
    writeFileSync(join(workspace.path, path), text);
  }

  beforeEach(() => workspace.clear());

  it('passes a valid record and outputs its ref', async () => {
    write('catalog-info/alerts/self-serve/new.yaml', validAlert);
    const ctx = createMockActionContext({
      workspacePath: workspace.path,
      input: { files: ['catalog-info/alerts/self-serve/new.yaml'] },
    });
    await action.handler(ctx);
    expect(ctx.output).toHaveBeenCalledWith('records', [
      'alert:default/ach-return-entries-file-not-received',
    ]);
  });

  it('fails with a file: field: reason line per problem', async () => {
    write(
      'alert.yaml',
      validAlert
        .replace('severity: critical', 'severity: urgent')
        .replace('cutoff: "07:30"', 'cutoff: "7.30pm"'),
    );
    const ctx = createMockActionContext({
      workspacePath: workspace.path,
      input: {},
    });
    await expect(action.handler(ctx)).rejects.toThrow(
      /alert\.yaml:9: spec\.severity: must be one of critical, high, medium, low \(got "urgent"\)\nalert\.yaml:14: spec\.cutoff: must be a time of day HH:MM/,
    );
    expect(ctx.output).not.toHaveBeenCalled();
  });

  it('fails when a ref points at nothing in the catalog', async () => {
    write(
      'alert.yaml',
      validAlert.replace('ach-return-entries-file\n', 'no-such-job\n'),
    );
    const ctx = createMockActionContext({
      workspacePath: workspace.path,
      input: {},
    });
    await expect(action.handler(ctx)).rejects.toThrow(
      'alert.yaml: spec.monitors: component:default/no-such-job does not exist',
    );
  });

  it('fails when the record exists already, unless asked to allow it', async () => {
    write(
      'alert.yaml',
      validAlert.replace(
        'ach-return-entries-file-not-received',
        'already-there',
      ),
    );
    await expect(
      action.handler(
        createMockActionContext({ workspacePath: workspace.path, input: {} }),
      ),
    ).rejects.toThrow(
      'alert.yaml: metadata.name: alert:default/already-there exists already; choose another name',
    );
    await action.handler(
      createMockActionContext({
        workspacePath: workspace.path,
        input: { allowExisting: true },
      }),
    );
  });

  it('reports YAML syntax errors with their line', async () => {
    write('broken.yaml', 'kind: Alert\nmetadata: [unclosed\n');
    const ctx = createMockActionContext({
      workspacePath: workspace.path,
      input: {},
    });
    await expect(action.handler(ctx)).rejects.toThrow(/broken\.yaml:\d+: /);
  });

  it('refuses files outside the workspace and missing files', async () => {
    await expect(
      action.handler(
        createMockActionContext({
          workspacePath: workspace.path,
          input: { files: ['../../etc/passwd'] },
        }),
      ),
    ).rejects.toThrow(/outside/);
    await expect(
      action.handler(
        createMockActionContext({
          workspacePath: workspace.path,
          input: { files: ['nope.yaml'] },
        }),
      ),
    ).rejects.toThrow('nope.yaml does not exist in the workspace');
    await expect(
      action.handler(
        createMockActionContext({ workspacePath: workspace.path, input: {} }),
      ),
    ).rejects.toThrow('There are no YAML files in the workspace to read');
  });
});
