import { checkUnique, problemAt, RecordCheck } from '../checkContext';

/** Unique levels and check ids; every check at a declared level. */
export const checkCapabilityModel: RecordCheck = context => {
  const { valueAt, indexesAt } = context;
  const levelsDeclared = Array.isArray(valueAt('spec', 'levels'));
  const declaredLevels = indexesAt('spec', 'levels')
    .map(index => valueAt('spec', 'levels', index, 'level'))
    .filter((level): level is number => typeof level === 'number');
  const undeclaredLevels = indexesAt('spec', 'checks').flatMap(index => {
    const level = valueAt('spec', 'checks', index, 'level');
    return levelsDeclared &&
      typeof level === 'number' &&
      !declaredLevels.includes(level)
      ? [
          problemAt(
            ['spec', 'checks', index, 'level'],
            `${level} is not a declared level (declared: ${
              declaredLevels.join(', ') || 'none'
            })`,
          ),
        ]
      : [];
  });
  return [
    ...checkUnique(context, ['spec', 'levels'], 'level'),
    ...checkUnique(context, ['spec', 'checks'], 'id'),
    ...undeclaredLevels,
  ];
};
