// Choose one of the parks the user can see (up to 100, which covers any real platform).
import type { CSSProperties } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { listParks } from '../api/parks';
import { localName } from '../lib/format';
import { useAsync } from '../lib/use-async';

interface ParkSelectProps {
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  activeOnly?: boolean;
  style?: CSSProperties;
  testId?: string;
  id?: string;
  /** Which of the park's keys the value is: its id (the default) or its code. */
  valueField?: 'id' | 'code';
}

export function ParkSelect({ value, onChange, placeholder, allowClear, activeOnly, style, testId, id, valueField = 'id' }: ParkSelectProps) {
  const { i18n } = useTranslation();
  const parks = useAsync((signal) => listParks({ pageSize: 100 }, signal), []);
  const options = (parks.data?.items ?? [])
    .filter((p) => !activeOnly || p.status === 'active' || p[valueField] === value)
    .map((p) => ({ value: p[valueField], label: `${localName(p, i18n.language)} (${p.code})` }));
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      options={options}
      loading={parks.loading}
      status={parks.error ? 'error' : undefined}
      placeholder={placeholder}
      allowClear={allowClear}
      showSearch
      optionFilterProp="label"
      style={style}
      data-testid={testId}
    />
  );
}
