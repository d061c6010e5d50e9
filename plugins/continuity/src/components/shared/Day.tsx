const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** A calendar day (YYYY-MM-DD) in running text, kept on one line rather than broken at a hyphen. */
export function Day({ children }: { children: string }) {
  return <span style={NO_WRAP}>{children}</span>;
}
