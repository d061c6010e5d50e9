import { createMockDirectory } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { createPreviewRecordsAction } from './previewRecords';

describe('readiness:records:preview', () => {
  const workspace = createMockDirectory();

  it('shows each file as a heading and a YAML block', async () => {
    workspace.setContent({
      'catalog-info/alerts/self-serve/a.yaml': 'kind: Alert\n',
      'notes.txt': 'not a record',
    });
    const ctx = createMockActionContext({
      workspacePath: workspace.path,
      input: {},
    });
    await createPreviewRecordsAction().handler(ctx);
    expect(ctx.output).toHaveBeenCalledWith(
      'markdown',
      '**catalog-info/alerts/self-serve/a.yaml**\n\n```yaml\nkind: Alert\n```',
    );
  });

  it('fences text that holds backticks with a longer fence', async () => {
    workspace.setContent({ 'a.yaml': 'body: "```sh\\nrm\\n```"\n' });
    const ctx = createMockActionContext({
      workspacePath: workspace.path,
      input: { files: ['a.yaml'] },
    });
    await createPreviewRecordsAction().handler(ctx);
    expect(ctx.output).toHaveBeenCalledWith(
      'markdown',
      '**a.yaml**\n\n````yaml\nbody: "```sh\\nrm\\n```"\n````',
    );
  });
});
