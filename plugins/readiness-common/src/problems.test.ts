import { formatRecordProblem } from './problems';

describe('formatRecordProblem', () => {
  it('prints the field, then the message', () => {
    expect(
      formatRecordProblem({ field: 'spec.owner', message: 'is required' }),
    ).toBe('spec.owner: is required');
  });

  it('prints problems of the whole record without a field', () => {
    expect(formatRecordProblem({ field: '', message: 'is empty' })).toBe(
      'is empty',
    );
  });
});
