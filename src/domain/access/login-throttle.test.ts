import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle.ts';

describe('LoginThrottle', () => {
  it('blocks a key after the limit of failures and frees it when the window passes', () => {
    const throttle = new LoginThrottle(3, 60_000);
    for (let i = 0; i < 3; i++) {
      expect(throttle.retryAfterMs(['ip:1'], 1000 + i)).toBe(0);
      throttle.recordFailure(['ip:1'], 1000 + i);
    }
    expect(throttle.retryAfterMs(['ip:1'], 2000)).toBe(59_000);
    expect(throttle.retryAfterMs(['ip:2'], 2000)).toBe(0);
    expect(throttle.retryAfterMs(['ip:1'], 61_001)).toBe(0);
  });

  it('blocks when any of the keys is over the limit and can be cleared', () => {
    const throttle = new LoginThrottle(2, 1000);
    throttle.recordFailure(['ip:1', 'email:a'], 0);
    throttle.recordFailure(['ip:2', 'email:a'], 1);
    expect(throttle.retryAfterMs(['ip:3', 'email:a'], 2)).toBeGreaterThan(0);
    throttle.clear('email:a');
    expect(throttle.retryAfterMs(['ip:3', 'email:a'], 2)).toBe(0);
  });
});
