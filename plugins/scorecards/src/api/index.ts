export * from './ScorecardsApi';
export * from './ScorecardsClient';
export * from './types';
