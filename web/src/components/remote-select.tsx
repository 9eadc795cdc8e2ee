// A Select whose options come from the server as the user types.
import { useEffect, useState } from 'react';
import { Select, Spin } from 'antd';
import { isAbort } from '../api/client';

export interface Option {
  value: string;
  label: string;
}

interface RemoteSelectProps {
  fetchOptions: (q: string, signal: AbortSignal) => Promise<Option[]>;
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  id?: string;
  testId?: string;
}

export function RemoteSelect({ fetchOptions, value, onChange, placeholder, id, testId }: RemoteSelectProps) {
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<Option[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      setLoading(true);
      fetchOptions(q, controller.signal)
        .then((found) => setOptions(found))
        .catch((error: unknown) => {
          if (!isAbort(error)) setOptions([]);
        })
        .finally(() => {
          if (!controller.signal.aborted) setLoading(false);
        });
    }, 300);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [q, fetchOptions]);

  return (
    <Select
      id={id}
      showSearch
      allowClear
      value={value}
      onChange={onChange}
      placeholder={placeholder}
      filterOption={false}
      onSearch={setQ}
      options={options}
      notFoundContent={loading ? <Spin size="small" /> : undefined}
      loading={loading}
      data-testid={testId}
    />
  );
}
