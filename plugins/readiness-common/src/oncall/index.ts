export * from './incidentMetrics';
export * from './onCallLevels';
export * from './rateLimits';
export * from './syncWindows';
export * from './serviceMapping';
export * from './api';
export * from './readOncallApi';
