import { splitDetails } from './sections';

describe('splitDetails', () => {
  it('gives each part of the body to the section its heading names', () => {
    const { bySection, other } = splitDetails(
      [
        'Written the day after.',
        '## Detection',
        'Paged in 4 minutes.',
        '# What went well',
        '- the alert',
        '## Where we got lucky ##',
        'Quiet day.',
        '## Recovery',
        '```sh',
        '## not a heading inside code',
        '```',
      ].join('\n'),
    );
    expect(bySection).toEqual({
      detection: [{ heading: 'Detection', markdown: 'Paged in 4 minutes.' }],
      wentWell: [{ heading: 'What went well', markdown: '- the alert' }],
      lucky: [{ heading: 'Where we got lucky', markdown: 'Quiet day.' }],
    });
    expect(other).toEqual([
      { heading: undefined, markdown: 'Written the day after.' },
      {
        heading: 'Recovery',
        markdown: '```sh\n## not a heading inside code\n```',
      },
    ]);
  });

  it('has nothing for an empty body', () => {
    expect(splitDetails(undefined)).toEqual({ bySection: {}, other: [] });
    expect(splitDetails('  \n')).toEqual({ bySection: {}, other: [] });
  });
});
