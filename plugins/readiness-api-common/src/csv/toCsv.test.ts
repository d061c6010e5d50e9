import { csvCell, toCsv } from './toCsv';

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1 555 0100', "'+1 555 0100"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tindented', "'\tindented"],
  ])('neutralises the formula %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('quotes separators, quotes and line breaks, and leaves numbers alone', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(true)).toBe('true');
  });
});

describe('toCsv', () => {
  it('writes a header and one line per row', () => {
    expect(
      toCsv(
        [
          { name: 'fedach', criticality: 'critical' },
          { name: 'relaywave-sms', criticality: undefined },
        ],
        [
          { header: 'Vendor', value: row => row.name },
          { header: 'Criticality', value: row => row.criticality },
        ],
      ),
    ).toBe('Vendor,Criticality\r\nfedach,critical\r\nrelaywave-sms,\r\n');
  });
});
