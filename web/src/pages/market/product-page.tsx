// Enterprise: one product of the supermarket — its terms and institution, each eligibility rule met
// or unmet by this enterprise (with what would meet it), and "apply" when it may apply.
import { ArrowLeftOutlined, CheckCircleTwoTone, CloseCircleTwoTone } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, List, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { getProduct } from '../../api/marketplace';
import { getProductFit } from '../../api/product-fit';
import { useMe } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { localName } from '../../lib/format';
import { formatAmountRange, formatRate, formatTermRange } from '../../lib/market-format';
import { useAsync } from '../../lib/use-async';
import { ProductApply, useOpenApplications } from '../applications/apply-button';

export function ProductPage() {
  const { t, i18n } = useTranslation();
  const { productId = '' } = useParams();
  const creditCode = useMe().organisation?.creditCode;
  const product = useAsync((signal) => getProduct(productId, signal), [productId]);
  const fit = useAsync((signal) => (creditCode ? getProductFit(creditCode, productId, i18n.language, signal) : Promise.resolve(undefined)), [creditCode, productId, i18n.language]);
  const open = useOpenApplications();
  const back = (
    <Link to="/enterprise/marketplace">
      <Button icon={<ArrowLeftOutlined />}>{t('edges.product.back')}</Button>
    </Link>
  );
  if (product.error) return <ErrorAlert error={product.error} onRetry={product.reload} />;
  const p = product.data;
  if (!p) return <Skeleton active />;
  const none = t('common.none');
  const f = fit.data;
  return (
    <>
      <PageHeader title={localName(p, i18n.language)} description={p.description || undefined} testId="product-title" extra={back} />
      <Card title={t('edges.product.terms')} style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered data-testid="product-terms">
          <Descriptions.Item label={t('edges.product.institution')}>{p.institutionName}</Descriptions.Item>
          <Descriptions.Item label={t('market.fields.kind')}>{t(`market.kinds.${p.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('edges.product.amount')}>{formatAmountRange(t, p.terms.amountMinFen, p.terms.amountMaxFen)}</Descriptions.Item>
          <Descriptions.Item label={t('market.fields.term')}>{formatTermRange(t, p.terms.termMinMonths, p.terms.termMaxMonths)}</Descriptions.Item>
          <Descriptions.Item label={t('edges.product.rate')}>{p.terms.rate ? formatRate(t, p.terms.rate) : none}</Descriptions.Item>
          <Descriptions.Item label={t('market.fields.turnaround')}>{t('market.turnaroundValue', { count: p.terms.turnaroundDays })}</Descriptions.Item>
          <Descriptions.Item label={t('market.fields.security')}>{p.terms.security.map((v) => t(`market.security.${v}`)).join('、') || none}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        title={t('edges.product.fit')}
        extra={f ? <ProductApply productId={p.id} eligible={f.eligible} open={open} otherwise={<Typography.Text type="secondary">{t('edges.product.cannotApply')}</Typography.Text>} /> : null}
        data-testid="product-fit"
      >
        {fit.error ? <ErrorAlert error={fit.error} onRetry={fit.reload} /> : null}
        {f && !f.rated ? <Alert type="info" showIcon message={t('edges.product.notRated')} style={{ marginBottom: 12 }} /> : null}
        {f && f.rated && !f.offeredInPark ? <Alert type="warning" showIcon message={t('edges.product.notOffered')} style={{ marginBottom: 12 }} /> : null}
        {f && f.rated ? (
          f.rules.length ? (
            <List
              dataSource={f.rules}
              renderItem={(r) => (
                <List.Item data-testid="fit-rule" data-met={r.met}>
                  <Flex gap={8} align="start">
                    {r.met ? <CheckCircleTwoTone twoToneColor="#52c41a" /> : <CloseCircleTwoTone twoToneColor="#ff4d4f" />}
                    <Flex vertical>
                      <Typography.Text strong>
                        {i18n.language === 'en'
                          ? `${r.name}: ${r.actual ?? none} (${t('edges.product.requires', { required: r.required })})`
                          : `${r.name}：${r.actual ?? none}（${t('edges.product.requires', { required: r.required })}）`}
                      </Typography.Text>
                      {r.advice ? <Typography.Text type="secondary">{r.advice}</Typography.Text> : null}
                    </Flex>
                  </Flex>
                </List.Item>
              )}
            />
          ) : (
            <Typography.Text type="secondary">{t('edges.product.noRules')}</Typography.Text>
          )
        ) : null}
        {!f && fit.loading ? <Skeleton active /> : null}
      </Card>
    </>
  );
}
