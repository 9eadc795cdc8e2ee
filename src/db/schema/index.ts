export * from './parks.ts';
export * from './organisations.ts';
export * from './users.ts';
export * from './audit.ts';
export * from './profile.ts';
export * from './sharing.ts';
export * from './rating.ts';
export * from './reports.ts';
