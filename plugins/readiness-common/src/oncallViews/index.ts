export * from './timeFormats';
export * from './onCallDomains';
export * from './journeyServices';
