import { describe, expect, it } from 'vitest';
import { applicationGrantPurpose, grantPurposeOf } from './grant-purpose.ts';

describe('grant purposes made by applying', () => {
  it('reads the product back from the stored purpose', () => {
    expect(grantPurposeOf(applicationGrantPurpose('创新积分贷'))).toEqual({ code: 'grant.application', params: { productName: '创新积分贷' } });
  });
  it('leaves a purpose the enterprise wrote as it is', () => {
    expect(grantPurposeOf('授信审查')).toBeNull();
  });
});
