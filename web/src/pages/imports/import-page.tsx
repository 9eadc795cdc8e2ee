// Park administrator and operator: the import wizard (kind → file → report) and the import history.
import { useState } from 'react';
import { Card, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportKind, ImportResult } from '../../api/imports';
import { PageHeader } from '../../components/page-header';
import { ImportHistory } from './import-history';
import { ImportReport } from './import-report';
import { KindStep } from './kind-step';
import { UploadStep } from './upload-step';

export function ImportPage() {
  const { t } = useTranslation();
  const [step, setStep] = useState(0);
  const [kind, setKind] = useState<ImportKind>('profiles');
  const [result, setResult] = useState<ImportResult>();
  const [imports, setImports] = useState(0);

  const done = (value: ImportResult) => {
    setResult(value);
    setStep(2);
    setImports((n) => n + 1);
  };
  const again = () => {
    setResult(undefined);
    setStep(0);
  };

  return (
    <>
      <PageHeader title={t('imports.title')} description={t('imports.description')} testId="import-title" />
      <Card style={{ marginBottom: 16 }}>
        <Steps
          current={step}
          style={{ marginBottom: 24 }}
          items={[
            { title: t('imports.steps.kind'), description: step > 0 ? t(`imports.kinds.${kind}`) : undefined },
            { title: t('imports.steps.upload') },
            { title: t('imports.steps.report') },
          ]}
        />
        {step === 0 ? <KindStep kind={kind} onChange={setKind} onNext={() => setStep(1)} /> : null}
        {step === 1 ? <UploadStep kind={kind} onBack={() => setStep(0)} onDone={done} /> : null}
        {step === 2 && result ? <ImportReport result={result} onAgain={again} /> : null}
      </Card>
      <Card title={t('imports.history')}>
        <ImportHistory key={imports} />
      </Card>
    </>
  );
}
