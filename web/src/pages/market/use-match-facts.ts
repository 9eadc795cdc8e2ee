// The facts eligibility rules may read (GET /match-facts), loaded once per page load and shared.
import { useMemo } from 'react';
import { listMatchFacts, type MatchFact } from '../../api/marketplace';
import { useAsync } from '../../lib/use-async';

let cached: Promise<MatchFact[]> | undefined;

function loadFacts(): Promise<MatchFact[]> {
  cached ??= listMatchFacts().then(
    (r) => r.items,
    (error: unknown) => {
      cached = undefined; // try again next time
      throw error;
    },
  );
  return cached;
}

export function useMatchFacts() {
  const state = useAsync(() => loadFacts(), []);
  const byKey = useMemo(() => new Map((state.data ?? []).map((f) => [f.key, f])), [state.data]);
  return { ...state, facts: state.data ?? [], byKey };
}
