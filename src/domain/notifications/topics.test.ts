import { describe, expect, it } from 'vitest';
import { DEFAULT_CHANNELS, effectivePreferences, hiddenKinds, kindsOf, NOTIFICATION_KINDS, topicOf, TOPICS, wantsEmail, type Topic } from './topics.ts';

describe('notification topics', () => {
  it.each([
    ['application.submitted', 'applications'],
    ['application.info_requested', 'applications'],
    ['application.answered', 'applications'],
    ['application.withdrawn', 'applications'],
    ['application.decided', 'decisions'],
    ['loan.disbursed', 'decisions'],
    ['application.deadline_near', 'deadlines'],
    ['application.deadline_missed', 'deadlines'],
    ['signal.raised', 'signals'],
    ['loan.overdue', 'signals'],
    ['need.taken_up', 'marketplace'],
    ['product.decided', 'marketplace'],
    ['product.pending', 'marketplace'],
  ])('files %s under %s', (kind, topic) => {
    expect(topicOf(kind)).toBe(topic);
  });

  it('gives every kind one topic and every topic a kind', () => {
    expect(NOTIFICATION_KINDS.every((kind) => TOPICS.includes(topicOf(kind)!))).toBe(true);
    expect(TOPICS.flatMap(kindsOf).sort()).toEqual([...NOTIFICATION_KINDS].sort());
    expect(TOPICS.every((topic) => kindsOf(topic).length > 0)).toBe(true);
  });

  it('knows no topic for other kinds, not even inherited property names', () => {
    expect(topicOf('test')).toBeNull();
    expect(topicOf('toString')).toBeNull();
    expect(topicOf('')).toBeNull();
  });

  it('shows everything in the app by default, and e-mails decisions, deadlines and signals only', () => {
    expect(TOPICS.every((t) => DEFAULT_CHANNELS[t].inApp)).toBe(true);
    expect(TOPICS.filter((t) => DEFAULT_CHANNELS[t].email)).toEqual(['decisions', 'deadlines', 'signals']);
  });
});

describe('preferences', () => {
  it('lists every topic in order with the defaults when nothing is stored', () => {
    expect(effectivePreferences([])).toEqual(TOPICS.map((topic) => ({ topic, ...DEFAULT_CHANNELS[topic] })));
  });

  it('takes a stored choice over the default, topic by topic', () => {
    const prefs = effectivePreferences([
      { topic: 'marketplace', inApp: false, email: true },
      { topic: 'signals', inApp: true, email: false },
    ]);
    const of = (topic: Topic) => prefs.find((p) => p.topic === topic);
    expect(of('marketplace')).toEqual({ topic: 'marketplace', inApp: false, email: true });
    expect(of('signals')).toEqual({ topic: 'signals', inApp: true, email: false });
    expect(of('decisions')).toEqual({ topic: 'decisions', inApp: true, email: true });
    expect(prefs.map((p) => p.topic)).toEqual([...TOPICS]);
  });

  it('hides the kinds of the topics turned off in the app', () => {
    expect(hiddenKinds([])).toEqual([]);
    expect(hiddenKinds([{ topic: 'marketplace', inApp: false, email: false }]).sort()).toEqual(['need.taken_up', 'product.decided', 'product.pending']);
    expect(hiddenKinds([{ topic: 'marketplace', inApp: true, email: false }])).toEqual([]);
  });

  it.each([
    ['application.decided', null, true],
    ['application.decided', false, false],
    ['need.taken_up', null, false],
    ['need.taken_up', true, true],
    ['application.deadline_near', null, true],
    ['application.submitted', null, false],
    ['test', true, false],
  ] as const)('e-mails %s to a user who chose %s: %s', (kind, chosen, expected) => {
    expect(wantsEmail(kind, chosen)).toBe(expected);
  });
});
