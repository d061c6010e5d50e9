import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { readWorkspaceFiles, workspaceFilesInput } from './workspaceFiles';

/**
 * Creates the `readiness:records:preview` action: the generated files as Markdown, for a
 * template's output text where nothing is published (no records repository configured).
 *
 * @public
 */
export function createPreviewRecordsAction() {
  return createTemplateAction({
    id: 'readiness:records:preview',
    description:
      'Shows the generated record files as Markdown for the template output',
    supportsDryRun: true,
    schema: {
      input: {
        files: workspaceFilesInput,
      },
      output: {
        markdown: z =>
          z.string().describe('Each file as a heading and a YAML code block'),
      },
    },
    async handler(ctx) {
      const files = await readWorkspaceFiles(
        ctx.workspacePath,
        ctx.input.files,
      );
      const longestFence = Math.max(
        2,
        ...files.flatMap(file =>
          (file.text.match(/`+/g) ?? []).map(run => run.length),
        ),
      );
      const fence = '`'.repeat(longestFence + 1);
      ctx.output(
        'markdown',
        files
          .map(
            file =>
              `**${
                file.path
              }**\n\n${fence}yaml\n${file.text.trimEnd()}\n${fence}`,
          )
          .join('\n\n'),
      );
    },
  });
}
