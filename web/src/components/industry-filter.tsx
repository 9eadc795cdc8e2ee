// Filter by a GB/T 4754 industry code or its prefix (I, I65, I6513); searches on Enter or clearing.
import { useState } from 'react';
import { Input, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

const CODE = /^[A-T]\d{0,4}$/;

interface Props {
  placeholder: string;
  onSearch: (industryCode: string | undefined) => void;
  defaultValue?: string;
  testId?: string;
}

export function IndustryFilter({ placeholder, onSearch, defaultValue, testId }: Props) {
  const { t } = useTranslation();
  const [value, setValue] = useState(defaultValue ?? '');
  const invalid = value !== '' && !CODE.test(value);
  return (
    <Tooltip title={t('validation.industryCode')} open={invalid}>
      <span data-testid={testId} style={{ display: 'inline-block', width: 200 }}>
        <Input.Search
          allowClear
          value={value}
          status={invalid ? 'error' : undefined}
          placeholder={placeholder}
          aria-label={placeholder}
          maxLength={5}
          onChange={(event) => setValue(event.target.value.trim().toUpperCase())}
          onSearch={(code) => {
            const next = code.trim().toUpperCase();
            if (next === '' || CODE.test(next)) onSearch(next || undefined);
          }}
        />
      </span>
    </Tooltip>
  );
}
