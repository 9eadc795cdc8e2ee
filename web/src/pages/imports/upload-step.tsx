// Step 2 of an import: the file, how strictly to import it, and (for the operator) into which park.
import { useState } from 'react';
import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Flex, Form, Radio, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_BYTES, runImport, type ImportKind, type ImportMode, type ImportResult } from '../../api/imports';
import { useMe } from '../../auth/auth-context';
import { ParkSelect } from '../../components/park-select';
import { errorMessage } from '../../lib/api-errors';
import { localName } from '../../lib/format';

interface Values {
  mode: ImportMode;
  dryRun: boolean;
  parkCode?: string;
}

interface Props {
  kind: ImportKind;
  onBack: () => void;
  onDone: (result: ImportResult) => void;
}

const ACCEPTED = /\.(xlsx|csv)$/i;

export function UploadStep({ kind, onBack, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File>();
  const [fileError, setFileError] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const dryRun = Form.useWatch('dryRun', form) ?? false;
  const ownPark = !me.parkScope.all && me.parkScope.parks.length === 1 ? me.parkScope.parks[0] : undefined;

  const choose = (chosen: File) => {
    if (!ACCEPTED.test(chosen.name)) setFileError(t('imports.wrongType'));
    else if (chosen.size > MAX_IMPORT_BYTES) setFileError(t('imports.tooLarge'));
    else {
      setFileError(undefined);
      setFailure(undefined);
      setFile(chosen);
      return false;
    }
    message.error(ACCEPTED.test(chosen.name) ? t('imports.tooLarge') : t('imports.wrongType'));
    return Upload.LIST_IGNORE;
  };

  const submit = async (values: Values) => {
    if (!file) return setFileError(t('imports.fileRequired'));
    setBusy(true);
    setFailure(undefined);
    try {
      onDone(await runImport({ kind, mode: values.mode, dryRun: values.dryRun, parkCode: ownPark ? undefined : values.parkCode, file }));
    } catch (error) {
      setFailure(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values> form={form} layout="vertical" initialValues={{ mode: 'all_or_nothing', dryRun: false }} onFinish={(v) => void submit(v)} disabled={busy}>
      {failure ? (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} message={t('imports.fileRejected')} description={failure} data-testid="import-failure" />
      ) : null}
      <Form.Item validateStatus={fileError ? 'error' : undefined} help={fileError} data-testid="import-upload">
        <Upload.Dragger
          accept=".xlsx,.csv"
          maxCount={1}
          beforeUpload={choose}
          fileList={file ? [{ uid: 'file', name: file.name, size: file.size, status: 'done' }] : []}
          onRemove={() => setFile(undefined)}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('imports.dragText')}</p>
          <p className="ant-upload-hint">{t('imports.dragHint')}</p>
        </Upload.Dragger>
      </Form.Item>
      <Form.Item name="mode" label={t('imports.mode')}>
        <Radio.Group data-testid="import-mode">
          <Flex vertical gap={8}>
            {(['all_or_nothing', 'valid_rows'] as const).map((mode) => (
              <Radio key={mode} value={mode}>
                {t(`imports.modes.${mode}`)}
                <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                  {t(`imports.modeHelp.${mode}`)}
                </Typography.Text>
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="dryRun" valuePropName="checked">
        <Checkbox data-testid="import-dry-run">{t('imports.dryRun')}</Checkbox>
      </Form.Item>
      {ownPark ? (
        <Typography.Paragraph type="secondary">{t('imports.ownPark', { park: localName(ownPark, i18n.language) })}</Typography.Paragraph>
      ) : (
        <Form.Item name="parkCode" label={t('imports.park')} rules={[{ required: true, message: t('imports.parkRequired') }]}>
          <ParkSelect valueField="code" activeOnly placeholder={t('imports.parkRequired')} style={{ maxWidth: 360 }} testId="import-park" />
        </Form.Item>
      )}
      <Flex gap={8} justify="flex-end">
        <Button onClick={onBack} disabled={busy}>
          {t('imports.back')}
        </Button>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="import-submit">
          {dryRun ? t('imports.submitDryRun') : t('imports.submit')}
        </Button>
      </Flex>
    </Form>
  );
}
