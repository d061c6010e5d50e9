export * from './toCsv';
