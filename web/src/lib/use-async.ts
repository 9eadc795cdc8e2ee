// Loads something once per change of `deps`, cancelling the previous request. What arrives is
// rendered as a transition: React renders the page it fills in slices, yielding to the browser,
// instead of one long task per answer (a dashboard's cards arrive one by one).
import { startTransition, useCallback, useEffect, useState } from 'react';
import { isAbort } from '../api/client';

export interface AsyncState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): AsyncState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(true);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(undefined);
    load(controller.signal)
      .then((value) => {
        if (!controller.signal.aborted) startTransition(() => setData(value));
      })
      .catch((cause: unknown) => {
        if (!isAbort(cause) && !controller.signal.aborted) startTransition(() => setError(cause));
      })
      .finally(() => {
        if (!controller.signal.aborted) startTransition(() => setLoading(false));
      });
    return () => controller.abort();
  }, [...deps, version]);

  return { data, error, loading, reload };
}
