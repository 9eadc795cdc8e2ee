import { describe, expect, it } from 'vitest';
import { profileFromSnapshot } from './snapshot.ts';

describe('profileFromSnapshot', () => {
  it('turns {"$fen"} markers back into exact bigints, deep in arrays and objects', () => {
    const profile = profileFromSnapshot({ registration: { registeredCapitalFen: { $fen: '9007199254740993' } }, financials: [{ year: 2024, revenueFen: { $fen: '-5' }, cashFen: null }] });
    expect(profile.registration.registeredCapitalFen).toBe(9007199254740993n);
    expect(profile.financials[0]).toEqual({ year: 2024, revenueFen: -5n, cashFen: null });
  });
});
