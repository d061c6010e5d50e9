import { SopLibraryPage } from '../SopLibraryPage';

const SCRIPT_TEMPLATE_TYPES = ['script-template'];

/** The script templates; each opens on its own page with a form to fill in its parameters. */
export function ScriptTemplatesPage() {
  return (
    <SopLibraryPage types={SCRIPT_TEMPLATE_TYPES} title="Script templates" />
  );
}
