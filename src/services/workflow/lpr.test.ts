import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { auditEvents, lprFixings } from '../../db/schema/index.ts';
import { systemActor, type Actor } from '../../domain/access/actor.ts';
import { CalendarStore } from './calendar-store.ts';
import { installBuiltInLprFixings, loadLprFixings, lprFixingFor, lprFixingsView } from './lpr.ts';

const officer: Actor = { kind: 'user', userId: null, email: 'officer@bank.test', memberships: [{ role: 'institution_officer', organisationId: '00000000-0000-7000-8000-000000000001', organisationType: 'bank', parkId: null }] };

describe('LPR fixings as data', () => {
  let database: TestDatabase;
  const calendars = new CalendarStore();
  // A fixed "today": 2025-08-05, after the July fixing was due (2025-07-21).
  const ctx = (actor: Actor = systemActor()) => ({ database, actor, clientAddress: null, now: () => new Date('2025-08-05T03:00:00Z'), timezone: 'Asia/Shanghai' });
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database?.drop());

  it('installs the built-in history once, and the list says which months are due and missing', async () => {
    expect(await installBuiltInLprFixings(database, calendars)).toBe(70);
    expect(await installBuiltInLprFixings(database, calendars)).toBe(0);
    const view = await lprFixingsView(ctx(officer), calendars);
    expect(view.fixings[0]).toMatchObject({ month: '2025-05', date: '2025-05-20', oneYear: '0.0300', fiveYear: '0.0350', source: 'built_in' });
    expect(view).toMatchObject({ outOfDate: true, next: { month: '2025-06', dueOn: '2025-06-20' }, missing: [{ month: '2025-06', dueOn: '2025-06-20' }, { month: '2025-07', dueOn: '2025-07-21' }] });
  });

  it('refuses a disbursement after a missing fixing was due, naming the month; before then prices on the last one', async () => {
    const calendar = await calendars.get(database.db);
    expect(await lprFixingFor(database.db, '2025-06-20', calendar)).toMatchObject({ month: '2025-05' });
    await expect(lprFixingFor(database.db, '2025-06-23', calendar)).rejects.toMatchObject({ code: 'lpr.month_missing', category: 'conflict', params: { month: '2025-06', dueOn: '2025-06-20' }, message: expect.stringContaining('The LPR fixing for 2025-06 (due 2025-06-20) is not loaded'), fields: [{ field: 'loan.disbursedOn', code: 'lpr.month_missing' }] });
  });

  it('loads a file as the operator (audited, replacing a month held), refuses others and bad files whole', async () => {
    await expect(loadLprFixings(ctx(officer), 'csv', 'date,one_year,five_year\n2025-06-20,3.00,3.50')).rejects.toMatchObject({ code: 'access.role_may_not', category: 'forbidden', params: { action: 'lpr manage' } });
    const bad = 'date,one_year,five_year\n2025-06-20,3.00,3.50\n2025-07-21,3,x';
    await expect(loadLprFixings(ctx(), 'csv', bad)).rejects.toMatchObject({ code: 'lpr.rate_invalid', category: 'invalid_input', params: { field: 'line 3.five_year', value: '"x"' }, fields: [{ field: 'line 3.five_year', code: 'lpr.rate_invalid' }] });
    expect((await database.db.select().from(lprFixings)).length).toBe(70);
    const file = JSON.stringify([{ date: '2025-06-20', oneYear: '3.00', fiveYear: '3.50' }, { date: '2025-07-21', oneYear: 3, fiveYear: 3.5 }, { date: '2025-05-20', oneYear: '3.00', fiveYear: '3.50' }]);
    expect(await loadLprFixings(ctx(), 'json', file)).toEqual({ loaded: 3, first: '2025-05', last: '2025-07' });
    const view = await lprFixingsView(ctx(), calendars);
    expect(view).toMatchObject({ outOfDate: false, missing: [], next: { month: '2025-08', dueOn: '2025-08-20' } });
    expect(view.fixings.slice(0, 3).map((f) => [f.month, f.source])).toEqual([['2025-07', 'operator'], ['2025-06', 'operator'], ['2025-05', 'operator']]);
    expect(await lprFixingFor(database.db, '2025-07-25', await calendars.get(database.db))).toEqual({ month: '2025-07', date: '2025-07-21', oneYear: '0.0300', fiveYear: '0.0350' });
    const audits = await database.db.select().from(auditEvents);
    expect(audits.filter((a) => a.action === 'lpr.load')).toHaveLength(1);
  });
});
