// A claim's proofs in its drawer: what the programme requires (received or missing, and from
// whom), the files uploaded with their download links, and — for the enterprise or the bank, while
// the claim takes proofs — an upload of the kinds they provide. The server checks every file again.
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, List, Select, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { claimDocumentUrl, MAX_DOCUMENT_BYTES, MAX_DOCUMENT_MB, uploadClaimDocument, type ClaimDetail, type ProofKind } from '../../api/policy';
import { DocumentFacts } from '../../components/document-facts';
import { errorMessage } from '../../lib/api-errors';

/** The file's bytes as base64 (without the data: prefix). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}


export function ClaimProofs({ claim: c, onUploaded }: { claim: ClaimDetail; onUploaded: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [kind, setKind] = useState<ProofKind | undefined>(c.uploadable[0]);
  const [busy, setBusy] = useState(false);
  const chosen = kind && c.uploadable.includes(kind) ? kind : c.uploadable[0];
  const missing = c.proofs.filter((p) => !p.present);

  const upload = async (file: File) => {
    if (!chosen) return;
    if (file.size > MAX_DOCUMENT_BYTES) {
      void message.error(t('policy.proofs.tooLarge', { maxMb: MAX_DOCUMENT_MB }));
      return;
    }
    setBusy(true);
    try {
      await uploadClaimDocument(c.id, { kind: chosen, name: file.name, contentBase64: await readBase64(file) });
      void message.success(t('policy.proofs.uploaded', { name: file.name }));
      onUploaded();
    } catch (error) {
      void message.error(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };

  if (!c.proofs.length && !c.documents.length) return <Typography.Text type="secondary">{t('policy.proofs.none')}</Typography.Text>;
  return (
    <Flex vertical gap={12} data-testid="claim-proofs">
      <Flex gap={8} wrap data-testid="claim-proofs-required">
        {c.proofs.map((p) => (
          <Tag key={p.kind} color={p.present ? 'success' : 'warning'} data-kind={p.kind} data-present={p.present}>
            {t(`policy.proofKinds.${p.kind}`)} · {p.present ? t('policy.proofs.present') : t('policy.proofs.missing')} · {t('policy.proofs.by', { by: t(`policy.proofProviders.${p.by}`) })}
          </Tag>
        ))}
      </Flex>
      {missing.length && ['confirmed', 'published', 'objected', 'computed'].includes(c.state) ? (
        <Typography.Text type="warning">{t('policy.proofs.missingBeforeApproval', { kinds: missing.map((p) => t(`policy.proofKinds.${p.kind}`)).join(i18n.language.startsWith('en') ? ', ' : '、') })}</Typography.Text>
      ) : null}
      <List
        size="small"
        bordered
        header={t('policy.proofs.documents')}
        locale={{ emptyText: t('policy.proofs.noDocuments') }}
        dataSource={c.documents}
        data-testid="claim-documents"
        renderItem={(d) => (
          <List.Item
            actions={[
              <Button key="download" type="link" size="small" icon={<DownloadOutlined />} href={claimDocumentUrl(c.id, d.id)} download data-testid="claim-document-download">
                {t('policy.proofs.download')}
              </Button>,
            ]}
          >
            <Flex vertical>
              <span>
                {t(`policy.proofKinds.${d.kind}`)} · {d.name}
              </span>
              <DocumentFacts uploadedAt={d.uploadedAt} sizeBytes={d.sizeBytes} sha256={d.sha256} />
            </Flex>
          </List.Item>
        )}
      />
      {c.uploadable.length ? (
        <Flex gap={8} align="center" wrap data-testid="claim-proof-upload">
          <Select<ProofKind> value={chosen} onChange={setKind} style={{ minWidth: 200 }} aria-label={t('policy.proofs.kind')} options={c.uploadable.map((k) => ({ value: k, label: t(`policy.proofKinds.${k}`) }))} data-testid="claim-proof-kind" />
          <Upload
            accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={busy} data-testid="claim-proof-file">
              {t('policy.proofs.upload')}
            </Button>
          </Upload>
          <Typography.Text type="secondary">{t('policy.proofs.uploadHelp', { maxMb: MAX_DOCUMENT_MB })}</Typography.Text>
        </Flex>
      ) : null}
    </Flex>
  );
}
