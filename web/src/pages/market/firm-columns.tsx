// Columns describing an enterprise as institutions may see it (name and credit code masked until it
// grants access, the band instead of the grade): shared by the inbox, leads and unmet needs.
import { Flex, Tag, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import type { Need } from '../../api/needs';
import { EllipsisText } from '../../components/ellipsis-text';
import { RatingBandTag } from '../../components/rating-band-tag';
import { currentLanguage } from '../../i18n';
import { industryLabel, type ParkLabel } from '../../lib/code-names';
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
  /** The name is withheld (no grant): the industry stands in for it. */
  masked?: boolean;
}

/** A need's enterprise, as the need carries it. */
export const needFirm = (n: Need): Firm => ({ name: n.enterpriseName, creditCode: n.creditCode, parkCode: n.parkCode, industryCode: n.industryCode, stage: n.stage, grade: n.grade, banded: n.masked, masked: n.masked });

/** `profile` is the name with the park, industry and stage beneath it, for tables with many other columns. */
type Part = 'name' | 'profile' | 'park' | 'industry' | 'stage' | 'grade';

/** `park` names a park by its code (useParkLabel); without it the code is shown. */
export function firmColumns<T>(t: TFunction, firm: (row: T) => Firm, parts: readonly Part[] = ['name', 'park', 'industry', 'stage', 'grade'], park: ParkLabel = (code) => code): TableColumnsType<T> {
  const displayName = (f: Firm) => (f.masked ? t('offering.inbox.maskedFirm', { industry: industryLabel(f.industryCode.slice(0, 3), currentLanguage()) }) : f.name);
  const stageOf = (f: Firm) => (f.stage ? labelOr(t, `rating.stages.${f.stage}`, f.stage) : t('common.none'));
  const nameLines = (f: Firm) => (
    <>
      <EllipsisText text={displayName(f)} strong testId="firm-name" />
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
        const facts = [f.parkCode ? park(f.parkCode) : t('common.none'), industryLabel(f.industryCode, currentLanguage()), stageOf(f)].join(' · ');
        return (
          <Flex vertical style={{ minWidth: 0 }}>
            {nameLines(f)}
            <EllipsisText text={facts} type="secondary" style={{ fontSize: 12 }} />
          </Flex>
        );
      },
    },
    park: { title: t('offering.inbox.park'), key: 'park', width: 120, render: (_, row) => {
        const code = firm(row).parkCode;
        return code ? park(code) : t('common.none');
      },
    },
    industry: {
      title: t('offering.inbox.industry'),
      key: 'industry',
      width: 120,
      ellipsis: { showTitle: true },
      render: (_, row) => industryLabel(firm(row).industryCode, currentLanguage()),
    },
    stage: {
      title: t('offering.inbox.stage'),
      key: 'stage',
      width: 80,
      render: (_, row) => {
        const stage = firm(row).stage;
        return stage ? labelOr(t, `rating.stages.${stage}`, stage) : t('common.none');
      },
    },
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
