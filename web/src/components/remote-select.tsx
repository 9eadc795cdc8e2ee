// A Select whose options come from the server as the user types (after a pause), a page at a time:
// scrolling to the end of the list asks for the next page while the server says there is more.
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { Select, Spin } from 'antd';
import { isAbort } from '../api/client';

export interface Option {
  value: string;
  label: string;
}

/** One page of options, and whether the server has more after it. */
export interface OptionPage {
  options: Option[];
  more: boolean;
}

interface RemoteSelectProps {
  /** The options matching `q`; `page` counts from 1. A plain list is one page with nothing after it. */
  fetchOptions: (q: string, signal: AbortSignal, page: number) => Promise<Option[] | OptionPage>;
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  id?: string;
  testId?: string;
  style?: CSSProperties;
  ariaLabel?: string;
}

const pageOf = (found: Option[] | OptionPage): OptionPage => (Array.isArray(found) ? { options: found, more: false } : found);

export function RemoteSelect({ fetchOptions, value, onChange, placeholder, id, testId, style, ariaLabel }: RemoteSelectProps) {
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [options, setOptions] = useState<Option[]>([]);
  const [more, setMore] = useState(false);
  const [loading, setLoading] = useState(false);
  // The option chosen stays labelled when a later search no longer lists it (never the bare value).
  const [chosen, setChosen] = useState<Option>();

  const asked = useRef(fetchOptions);

  useEffect(() => {
    // Another source of options (the caller's filter changed) starts again from its first page.
    if (asked.current !== fetchOptions && page !== 1) {
      asked.current = fetchOptions;
      setPage(1);
      return;
    }
    asked.current = fetchOptions;
    const controller = new AbortController();
    const timer = window.setTimeout(
      () => {
        setLoading(true);
        fetchOptions(q, controller.signal, page)
          .then((found) => {
            const next = pageOf(found);
            setOptions((before) => (page === 1 ? next.options : [...before, ...next.options.filter((o) => !before.some((b) => b.value === o.value))]));
            setMore(next.more);
          })
          .catch((error: unknown) => {
            if (!isAbort(error) && page === 1) setOptions([]);
          })
          .finally(() => {
            if (!controller.signal.aborted) setLoading(false);
          });
      },
      page === 1 ? 300 : 0,
    );
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [q, page, fetchOptions]);

  const shown = chosen && chosen.value === value && !options.some((o) => o.value === chosen.value) ? [chosen, ...options] : options;

  return (
    <Select
      id={id}
      showSearch
      allowClear
      value={value}
      onChange={(next: string | undefined, option) => {
        setChosen(next === undefined || Array.isArray(option) ? undefined : (option as Option | undefined));
        onChange?.(next);
      }}
      placeholder={placeholder}
      aria-label={ariaLabel}
      filterOption={false}
      onSearch={(text) => {
        setQ(text);
        setPage(1);
      }}
      onPopupScroll={(event) => {
        const list = event.currentTarget;
        if (more && !loading && list.scrollTop + list.clientHeight >= list.scrollHeight - 24) setPage((p) => p + 1);
      }}
      options={shown}
      notFoundContent={loading ? <Spin size="small" /> : undefined}
      loading={loading}
      style={style}
      data-testid={testId}
    />
  );
}
