// The score on a gauge and the three dimensions on a radar.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rating } from '../../api/rating';
import { CHART_BLUE, Chart as EChart } from '../../components/charts/chart';

export function ScoreGauge({ score }: { score: number }) {
  const { t } = useTranslation();
  const option = useMemo(
    () => ({
      series: [
        {
          type: 'gauge',
          min: 0,
          max: 1000,
          splitNumber: 5,
          radius: '95%',
          center: ['50%', '58%'],
          startAngle: 200,
          endAngle: -20,
          axisLine: { lineStyle: { width: 14, color: [[0.4, '#cf1322'], [0.65, '#d48806'], [1, '#389e0d']] } },
          pointer: { width: 5, length: '60%' },
          axisTick: { distance: -14, length: 6, lineStyle: { color: '#fff' } },
          splitLine: { distance: -14, length: 14, lineStyle: { color: '#fff', width: 2 } },
          axisLabel: { distance: 18, color: '#888', fontSize: 11 },
          detail: { valueAnimation: false, fontSize: 28, fontWeight: 600, offsetCenter: [0, '40%'], color: '#1f1f1f' },
          data: [{ value: score }],
        },
      ],
    }),
    [score],
  );
  return <EChart option={option} height={220} ariaLabel={t('rating.gaugeAria', { score })} testId="rating-gauge" />;
}

const DIMENSIONS = ['innovation', 'financial', 'compliance'] as const;

export function DimensionRadar({ dimensions }: { dimensions: Rating['dimensions'] }) {
  const { t } = useTranslation();
  const key = DIMENSIONS.map((d) => dimensions[d] ?? 0).join(',');
  const option = useMemo(
    () => ({
      tooltip: {},
      radar: {
        radius: '68%',
        indicator: DIMENSIONS.map((d) => ({ name: t(`rating.dimensions.${d}`), max: 100 })),
        axisName: { color: '#444', fontSize: 13 },
        splitArea: { areaStyle: { color: ['#f7f9fc', '#fff'] } },
      },
      series: [
        {
          type: 'radar',
          name: t('rating.dimensions.title'),
          data: [{ value: key.split(',').map(Number), name: t('rating.dimensions.title') }],
          symbolSize: 6,
          label: { show: true, color: CHART_BLUE, fontWeight: 600 },
          lineStyle: { color: CHART_BLUE, width: 2 },
          itemStyle: { color: CHART_BLUE },
          areaStyle: { color: 'rgba(21, 86, 184, 0.18)' },
        },
      ],
    }),
    [t, key],
  );
  const label = DIMENSIONS.map((d) => `${t(`rating.dimensions.${d}`)} ${dimensions[d] ?? 0}`).join(', ');
  return <EChart option={option} height={240} ariaLabel={label} testId="rating-radar" />;
}
