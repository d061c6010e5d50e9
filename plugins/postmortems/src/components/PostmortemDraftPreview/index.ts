import { createFormField } from '@backstage/plugin-scaffolder-react/alpha';
import {
  PostmortemDraftPreview as Component,
  PostmortemDraftPreviewSchema,
} from './PostmortemDraftPreview';

/** The `PostmortemDraftPreview` field of the "Start a post-mortem" template. */
export const PostmortemDraftPreview = createFormField({
  name: 'PostmortemDraftPreview',
  component: Component,
  schema: PostmortemDraftPreviewSchema,
});
