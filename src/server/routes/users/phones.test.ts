// Phones on user accounts: normalised when written, masked when shown, refused when not phones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.ts';
import { findUser } from '../../../db/repositories/users.ts';

describe('user phones', () => {
  let t: TestApp;
  let bank: string;
  beforeAll(async () => {
    t = await createTestApp({ enterprises: 5 });
    bank = (await t.request('GET', '/api/v1/me', { as: 'officer' })).json().organisation.id;
  });
  afterAll(() => t?.close());

  const create = (email: string, phone: string) =>
    t.request('POST', '/api/v1/users', {
      as: 'operator',
      body: { email, displayName: '信贷员', password: 'long-enough-pw', role: 'institution_officer', organisationId: bank, phone },
    });
  const storedPhone = async (id: string) => (await findUser(t.database.db, id))?.phone;

  it.each([
    ['spaced@example.com', '138 1234 5678', '13812345678', '138****5678'],
    ['prefixed@example.com', '+86 139-1234-5678', '13912345678', '139****5678'],
    ['landline@example.com', '(021) 6888-1234', '021-68881234', '021-****1234'],
  ])('%s: %j is stored as %s and shown as %s', async (email, typed, stored, shown) => {
    const res = await create(email, typed);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().phone).toBe(shown);
    expect(await storedPhone(res.json().id)).toBe(stored);
    const listed = (await t.request('GET', `/api/v1/users?q=${encodeURIComponent(email)}`, { as: 'operator' })).json().items;
    expect(listed.map((u: { phone: string }) => u.phone)).toEqual([shown]);
  });

  it('normalises a changed phone, clears it with null, and refuses what is not a phone naming the field', async () => {
    const { id } = (await create('changes@example.com', '13812345678')).json();
    const changed = await t.request('PATCH', `/api/v1/users/${id}`, { as: 'operator', body: { phone: '+86 199 1234 5678' } });
    expect(changed.json().phone).toBe('199****5678');
    expect(await storedPhone(id)).toBe('19912345678');
    for (const phone of ['call me', '12812345678', '+1 415 555 0100']) {
      const refused = await t.request('PATCH', `/api/v1/users/${id}`, { as: 'operator', body: { phone } });
      expect(refused.statusCode, phone).toBe(400);
      expect(refused.json().error).toMatchObject({ code: 'field.invalid_phone', details: { category: 'invalid_input', params: { field: 'phone', value: phone } } });
      expect(refused.json().error.details.fields).toEqual([{ field: 'phone', code: 'field.invalid_phone', params: { value: phone }, message: `"${phone}" is not a mainland China phone number such as 13812345678 or 021-68881234` }]);
    }
    expect(await storedPhone(id)).toBe('19912345678');
    expect((await t.request('PATCH', `/api/v1/users/${id}`, { as: 'operator', body: { phone: null } })).json().phone).toBeNull();
    expect((await create('refused@example.com', '555')).statusCode).toBe(400);
  });
});
