// A filter over a fixed list of codes, each shown by its label; clearing it means "any".
import { Select } from 'antd';

interface EnumSelectProps<V extends string> {
  values: readonly V[];
  label: (value: V) => string;
  placeholder: string;
  onChange: (value: V | undefined) => void;
  value?: V;
  disabled?: boolean;
  width?: number;
  testId?: string;
}

export function EnumSelect<V extends string>({ values, label, placeholder, onChange, value, disabled, width = 150, testId }: EnumSelectProps<V>) {
  return (
    <Select<V>
      allowClear
      value={value}
      disabled={disabled}
      placeholder={placeholder}
      aria-label={placeholder}
      style={{ width }}
      options={values.map((v) => ({ value: v, label: label(v) }))}
      onChange={(v) => onChange(v ?? undefined)}
      data-testid={testId}
    />
  );
}
