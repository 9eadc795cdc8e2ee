export * from '../../../shared/codes/credit-code.ts';
export * from './organisation-code.ts';
export * from '../../../shared/codes/industries.ts';
export * from '../../../shared/codes/regions.ts';
export * from './phone.ts';
