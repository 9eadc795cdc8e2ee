export * from './credit-code.ts';
export * from './organisation-code.ts';
export * from './industries.ts';
export * from './regions.ts';
export * from './phone.ts';
