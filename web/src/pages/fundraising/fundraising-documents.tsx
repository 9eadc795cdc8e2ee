// The pitch deck and data room: the files with their watermarked download links, uploads (PDF only,
// checked here for size and type before sending; the server checks the bytes again and its refusals
// are shown translated), and who downloaded what.
import { DeleteOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, List, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteFundraisingDocument, fundraisingDocumentUrl, listFundraisingDownloads, MAX_FUNDRAISING_DOCUMENT_BYTES, MAX_FUNDRAISING_DOCUMENT_MB, uploadFundraisingDocument, type FundraisingDocument, type FundraisingDocumentKind } from '../../api/fundraising';
import { DocumentFacts } from '../../components/document-facts';
import { errorMessage } from '../../lib/api-errors';
import { formatDateTime } from '../../lib/format';
import { useAsync } from '../../lib/use-async';


export function DocumentList({ creditCode, documents, onChanged }: { creditCode: string; documents: FundraisingDocument[]; onChanged?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const remove = async (id: string) => {
    try {
      await deleteFundraisingDocument(creditCode, id);
      void message.success(t('fundraising.deleted'));
      onChanged?.();
    } catch (error) {
      void message.error(errorMessage(t, error));
    }
  };
  return (
    <List
      size="small"
      bordered
      locale={{ emptyText: t('fundraising.noDocuments') }}
      dataSource={documents}
      data-testid="fundraising-documents"
      renderItem={(d) => (
        <List.Item
          actions={[
            <Button key="download" type="link" size="small" icon={<DownloadOutlined />} href={fundraisingDocumentUrl(creditCode, d.id)} download>
              {t('fundraising.download')}
            </Button>,
            ...(onChanged
              ? [
                  <Button key="delete" type="link" size="small" danger icon={<DeleteOutlined />} onClick={() => void remove(d.id)}>
                    {t('fundraising.delete')}
                  </Button>,
                ]
              : []),
          ]}
        >
          <Flex vertical>
            <span>
              <Tag>{t(`fundraising.kinds.${d.kind}`)}</Tag>
              {d.name}
            </span>
            <DocumentFacts uploadedAt={d.uploadedAt} sizeBytes={d.sizeBytes} sha256={d.sha256} />
          </Flex>
        </List.Item>
      )}
    />
  );
}

function UploadButton({ creditCode, kind, onUploaded }: { creditCode: string; kind: FundraisingDocumentKind; onUploaded: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const upload = async (file: File) => {
    if (file.size > MAX_FUNDRAISING_DOCUMENT_BYTES) {
      void message.error(t('fundraising.tooLarge', { maxMb: MAX_FUNDRAISING_DOCUMENT_MB }));
      return;
    }
    setBusy(true);
    try {
      await uploadFundraisingDocument(creditCode, kind, file);
      void message.success(t('fundraising.uploaded', { name: file.name }));
      onUploaded();
    } catch (error) {
      void message.error(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span data-testid={`fundraising-upload-${kind}`}>
    <Upload
      accept=".pdf,application/pdf"
      showUploadList={false}
      beforeUpload={(file) => {
        void upload(file);
        return false;
      }}
    >
      <Button icon={<UploadOutlined />} loading={busy}>
        {t(kind === 'pitch_deck' ? 'fundraising.uploadDeck' : 'fundraising.uploadDataRoom')}
      </Button>
    </Upload>
    </span>
  );
}

export function FundraisingDocuments({ creditCode, documents, hasProfile, onChanged }: { creditCode: string; documents: FundraisingDocument[]; hasProfile: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  return (
    <Card title={t('fundraising.documents')}>
      <Flex vertical gap={12}>
        <DocumentList creditCode={creditCode} documents={documents} onChanged={onChanged} />
        {hasProfile ? (
          <Flex gap={8} align="center" wrap>
            <UploadButton creditCode={creditCode} kind="pitch_deck" onUploaded={onChanged} />
            <UploadButton creditCode={creditCode} kind="data_room" onUploaded={onChanged} />
            <Typography.Text type="secondary">{t('fundraising.uploadHelp', { maxMb: MAX_FUNDRAISING_DOCUMENT_MB })}</Typography.Text>
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('fundraising.saveFirst')}</Typography.Text>
        )}
      </Flex>
    </Card>
  );
}

export function FundraisingDownloads({ creditCode, version }: { creditCode: string; version: number }) {
  const { t, i18n } = useTranslation();
  const { data, loading } = useAsync((signal) => listFundraisingDownloads(creditCode, signal), [creditCode, version]);
  return (
    <Card title={t('fundraising.downloads')}>
      <Table
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('fundraising.noDownloads') }}
        data-testid="fundraising-downloads"
        columns={[
          { title: t('fundraising.downloadColumns.at'), dataIndex: 'at', render: (v: string) => formatDateTime(v, i18n.language) },
          { title: t('fundraising.downloadColumns.organisation'), dataIndex: 'viewerOrganisationName' },
          { title: t('fundraising.downloadColumns.user'), dataIndex: 'userEmail' },
          { title: t('fundraising.downloadColumns.document'), dataIndex: 'documentName' },
          { title: t('fundraising.downloadColumns.grant'), dataIndex: 'underGrant', render: (v: boolean) => (v ? t('fundraising.underGrant') : t('fundraising.own')) },
        ]}
      />
    </Card>
  );
}
