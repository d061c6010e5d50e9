import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import type { LoadState } from '../loadState';

/**
 * What a page shows in place of its data until it has it: the error of the last load, else a
 * progress bar until the first answer (a reload keeps the last answer on screen), else nothing.
 *
 * @public
 */
export function AsyncStatus(props: { state: LoadState }) {
  const { loading, error, value } = props.state;
  if (error) return <ResponseErrorPanel error={error} />;
  if (loading && value === undefined) return <Progress />;
  return null;
}
