import { createFormField } from '@backstage/plugin-scaffolder-react/alpha';
import {
  ResolvedIncidentPicker as Component,
  ResolvedIncidentPickerSchema,
} from './ResolvedIncidentPicker';

/** The `ResolvedIncidentPicker` field of the "Start a post-mortem" template. */
export const ResolvedIncidentPicker = createFormField({
  name: 'ResolvedIncidentPicker',
  component: Component,
  schema: ResolvedIncidentPickerSchema,
});
