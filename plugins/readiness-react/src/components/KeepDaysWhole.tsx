const NO_WRAP = { whiteSpace: 'nowrap' } as const;

const DAY = /(\d{4}-\d{2}-\d{2})/;

/**
 * Text whose calendar days (YYYY-MM-DD) each stay on one line: a narrow table cell would
 * otherwise break "2026-09-02" at a hyphen. The text itself is unchanged, for copying.
 *
 * @public
 */
export function KeepDaysWhole({ children }: { children: string }) {
  return (
    <>
      {children.split(DAY).map((part, index) =>
        // split() with a capturing group puts each day at an odd index.
        index % 2 === 1 ? (
          <span key={index} style={NO_WRAP}>
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}
