// Choose one of the parks the user can see (up to 100, which covers any real platform), or several.
import type { CSSProperties } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { listParks } from '../api/parks';
import { localName } from '../lib/format';
import { useAsync } from '../lib/use-async';

interface CommonProps {
  placeholder?: string;
  allowClear?: boolean;
  activeOnly?: boolean;
  style?: CSSProperties;
  testId?: string;
  id?: string;
  status?: 'error';
  /** Which of the park's keys the value is: its id (the default) or its code. */
  valueField?: 'id' | 'code';
}

type ParkSelectProps = CommonProps &
  (
    | { mode?: undefined; value?: string; onChange?: (value: string | undefined) => void }
    | { mode: 'multiple'; value?: string[]; onChange?: (value: string[]) => void }
  );

export function ParkSelect(props: ParkSelectProps) {
  const { placeholder, allowClear, activeOnly, style, testId, id, status, valueField = 'id' } = props;
  const { i18n } = useTranslation();
  const parks = useAsync((signal) => listParks({ pageSize: 100 }, signal), []);
  const chosen = new Set(Array.isArray(props.value) ? props.value : props.value ? [props.value] : []);
  const options = (parks.data?.items ?? [])
    .filter((p) => !activeOnly || p.status === 'active' || chosen.has(p[valueField]))
    .map((p) => ({ value: p[valueField], label: localName(p, i18n.language) }));
  return (
    <Select<string | string[]>
      id={id}
      // A filter outside a form is named by its placeholder; in a form, the form item's label names it.
      aria-label={id ? undefined : placeholder}
      mode={props.mode}
      value={props.value}
      onChange={(value) => (props.onChange as ((v: string | string[] | undefined) => void) | undefined)?.(value)}
      options={options}
      loading={parks.loading}
      status={parks.error ? 'error' : status}
      placeholder={placeholder}
      allowClear={allowClear}
      showSearch
      optionFilterProp="label"
      style={style}
      data-testid={testId}
    />
  );
}
