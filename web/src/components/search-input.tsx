// A search box that searches on Enter or on clearing.
import { Input } from 'antd';
import { useTranslation } from 'react-i18next';

interface SearchInputProps {
  placeholder: string;
  onSearch: (q: string) => void;
  defaultValue?: string;
  testId?: string;
}

export function SearchInput({ placeholder, onSearch, defaultValue, testId }: SearchInputProps) {
  const { t } = useTranslation();
  return (
    <span data-testid={testId} style={{ display: 'inline-block', width: 340, maxWidth: '100%' }}>
      <Input.Search
      allowClear
      placeholder={placeholder}
      defaultValue={defaultValue}
      enterButton={t('common.search')}
      onSearch={(value) => onSearch(value.trim())}
      aria-label={placeholder}
      />
    </span>
  );
}
