// The line under an uploaded document's name: when it came, its size and the start of its SHA-256.
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../lib/format';

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

export function DocumentFacts({ uploadedAt, sizeBytes, sha256 }: { uploadedAt: string; sizeBytes: number; sha256: string }) {
  const { i18n } = useTranslation();
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {formatDateTime(uploadedAt, i18n.language)} · {sizeText(sizeBytes)} · SHA-256 {sha256.slice(0, 12)}…
    </Typography.Text>
  );
}
