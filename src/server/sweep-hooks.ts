// What the platform adds to the workflow's daily pass: the workflow does not depend on the areas
// that hook into it (policy instruments depend on the workflow's calendar and LPR fixings).
import { forfeitUnconfirmed } from '../services/policy/claims.ts';
import type { SweepHooks } from '../services/workflow/daily-sweep.ts';

export const SWEEP_HOOKS: SweepHooks = { forfeitClaims: forfeitUnconfirmed };
