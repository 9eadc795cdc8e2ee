import { describe, expect, it } from 'vitest';
import { leadsReach } from './leads-reach';

const park = (parkName: string, status: 'pending' | 'approved' | 'rejected') => ({ parkName, status });

describe('why a product has leads or none', () => {
  it('draws leads from the approved parks, even while others are pending', () => {
    expect(leadsReach([park('张江', 'approved'), park('紫竹', 'pending')])).toEqual({ kind: 'offered', parks: ['张江'] });
  });

  it('says the product awaits the parks’ approval when none has approved it yet', () => {
    expect(leadsReach([park('张江', 'pending'), park('紫竹', 'rejected'), park('漕河泾', 'pending')])).toEqual({ kind: 'awaiting_parks', parks: ['张江', '漕河泾'] });
  });

  it('says the parks declined it, or that it asked for none', () => {
    expect(leadsReach([park('紫竹', 'rejected')])).toEqual({ kind: 'rejected', parks: ['紫竹'] });
    expect(leadsReach([])).toEqual({ kind: 'no_parks' });
  });
});
