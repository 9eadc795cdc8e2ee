// A list page opened from a home figure carries its filter in the URL (?due=today): the names are
// the list API's own, so the page reads them once as its first query.
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

export function useUrlFilters<K extends string>(keys: readonly K[]): Partial<Record<K, string>> {
  const [params] = useSearchParams();
  const search = params.toString();
  return useMemo(() => {
    const found: Partial<Record<K, string>> = {};
    for (const key of keys) {
      const value = new URLSearchParams(search).get(key);
      if (value) found[key] = value;
    }
    return found;
  }, [search, keys.join()]);
}

/** Only the values of `allowed` (anything else in the URL is ignored). */
export const oneOf = <V extends string>(value: string | undefined, allowed: readonly V[]): V | undefined =>
  value !== undefined && (allowed as readonly string[]).includes(value) ? (value as V) : undefined;
