// Columns describing an enterprise as institutions may see it (name and credit code masked until it
// grants access, the band instead of the grade): shared by the inbox, leads and unmet needs.
import { Flex, Tag, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import type { Need } from '../../api/needs';
import { EllipsisText } from '../../components/ellipsis-text';
import { RatingBandTag } from '../../components/rating-band-tag';
import { labelOr } from '../../lib/labels';
import { bandTagColor } from '../../lib/rating-format';

export interface Firm {
  name: string;
  creditCode?: string;
  parkCode?: string;
  industryCode: string;
  stage: string | null;
  grade?: string | null;
  /** The grade is only its band (the enterprise has not granted access). */
  banded?: boolean;
}

/** A need's enterprise, as the need carries it. */
export const needFirm = (n: Need): Firm => ({ name: n.enterpriseName, creditCode: n.creditCode, parkCode: n.parkCode, industryCode: n.industryCode, stage: n.stage, grade: n.grade, banded: n.masked });

/** `profile` is the name with the park, industry and stage beneath it, for tables with many other columns. */
type Part = 'name' | 'profile' | 'park' | 'industry' | 'stage' | 'grade';

export function firmColumns<T>(t: TFunction, firm: (row: T) => Firm, parts: readonly Part[] = ['name', 'park', 'industry', 'stage', 'grade']): TableColumnsType<T> {
  const stageOf = (f: Firm) => (f.stage ? labelOr(t, `rating.stages.${f.stage}`, f.stage) : t('common.none'));
  const nameLines = (f: Firm) => (
    <>
      <EllipsisText text={f.name} strong testId="firm-name" />
      {f.creditCode ? (
        <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12 }}>
          {f.creditCode}
        </Typography.Text>
      ) : null}
    </>
  );
  const all: Record<Part, TableColumnsType<T>[number]> = {
    name: {
      title: t('offering.inbox.enterprise'),
      key: 'firm',
      width: 200,
      render: (_, row) => <Flex vertical style={{ minWidth: 0 }}>{nameLines(firm(row))}</Flex>,
    },
    profile: {
      title: t('offering.inbox.enterprise'),
      key: 'firm',
      width: 220,
      render: (_, row) => {
        const f = firm(row);
        const facts = [f.parkCode ?? t('common.none'), f.industryCode, stageOf(f)].join(' · ');
        return (
          <Flex vertical style={{ minWidth: 0 }}>
            {nameLines(f)}
            <EllipsisText text={facts} type="secondary" style={{ fontSize: 12 }} />
          </Flex>
        );
      },
    },
    park: { title: t('offering.inbox.park'), key: 'park', width: 120, render: (_, row) => firm(row).parkCode ?? t('common.none') },
    industry: { title: t('offering.inbox.industry'), key: 'industry', width: 80, render: (_, row) => firm(row).industryCode },
    stage: { title: t('offering.inbox.stage'), key: 'stage', width: 80, render: (_, row) => stageOf(firm(row)) },
    grade: {
      title: t('offering.inbox.grade'),
      key: 'grade',
      width: 90,
      render: (_, row) => {
        const f = firm(row);
        if (!f.grade) return t('common.none');
        return f.banded ? <RatingBandTag band={f.grade} /> : <Tag color={bandTagColor(f.grade)}>{f.grade}</Tag>;
      },
    },
  };
  return parts.map((part) => all[part]);
}
