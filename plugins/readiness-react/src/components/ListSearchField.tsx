import { useEffect, useState } from 'react';
import { Box, SearchField } from '@backstage/ui';

/** How long typing must pause before a list asks the server again. */
export const SEARCH_DEBOUNCE_MS = 300;

/**
 * The search box of a server-side list: it shows each key at once and hands the text on when
 * typing pauses, so a list asks the server once per word rather than once per key. `label`
 * names what is searched, for screen readers ("Search vendors").
 *
 * @public
 */
export function ListSearchField(props: {
  value: string;
  onChange: (value: string) => void;
  label: string;
  placeholder?: string;
}) {
  const { value, onChange, label, placeholder = 'Search' } = props;
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text === value) return undefined;
    const timer = setTimeout(() => onChange(text), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);
  // Backstage UI's search field takes what room a row leaves it, which beside a row of filters
  // is none: it keeps a width of its own.
  return (
    <Box width="220px" shrink={false}>
      <SearchField
        aria-label={label}
        placeholder={placeholder}
        value={text}
        onChange={setText}
      />
    </Box>
  );
}
