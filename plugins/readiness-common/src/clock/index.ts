export * from './readinessClock';
