import { useEffect } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
import { rememberFilters } from './use-paged-list';

// A list page keeps its filters in the address through usePagedList's `inUrl` (see url-query.ts),
// or, for a page that is no paged list (a park's figures), through `useUrlChoice`,
// which reads each value back as a plain string; a home figure links to a list with its filter in
// the URL (?due=today). `oneOf` narrows such a string to the values the list API accepts.

/** Only the values of `allowed` (anything else in the URL is ignored). */
export const oneOf = <V extends string>(value: string | undefined, allowed: readonly V[]): V | undefined =>
  value !== undefined && (allowed as readonly string[]).includes(value) ? (value as V) : undefined;

const NONE = 'none';

/**
 * One choice kept in the address under `name` (and remembered for the menu like a list's filters):
 * `initial` until the user chooses; clearing the choice is kept as `none`.
 */
export function useUrlChoice(name: string, initial: string | undefined): [string | undefined, (value: string | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const { pathname } = useLocation();
  const raw = params.get(name);
  const value = raw === null ? initial : raw === NONE ? undefined : raw;
  useEffect(() => {
    if (raw !== null) rememberFilters(pathname, new URLSearchParams({ [name]: raw }));
  }, [raw, pathname, name]);
  const choose = (next: string | undefined) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        updated.set(name, next ?? NONE);
        return updated;
      },
      { replace: true },
    );
  return [value, choose];
}
