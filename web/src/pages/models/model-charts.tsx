// The model lab's charts: the grade distribution, a ROC curve with the diagonal, and calibration by grade.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { GRADES, type CalibrationRow, type RocPoint } from '../../api/rating';
import { CHART_BLUE, Chart as EChart } from '../../components/charts/chart';
import { gradeColor } from '../../lib/rating-format';

/** AAA…C in rating order; a grade the server sends that we do not know goes last. */
export function inGradeOrder<T extends { grade: string }>(rows: T[]): T[] {
  const rank = (g: string) => {
    const i = (GRADES as readonly string[]).indexOf(g);
    return i < 0 ? GRADES.length : i;
  };
  return [...rows].sort((a, b) => rank(a.grade) - rank(b.grade));
}

export function GradeDistribution({ grades, testId = 'grade-distribution' }: { grades: { grade: string; count: number }[]; testId?: string }) {
  const { t } = useTranslation();
  const rows = useMemo(() => {
    const counts = new Map(grades.map((g) => [g.grade, g.count]));
    return inGradeOrder([...new Set([...GRADES, ...counts.keys()])].map((grade) => ({ grade, count: counts.get(grade) ?? 0 })));
  }, [grades]);
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 8, top: 24, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'category', data: rows.map((r) => r.grade), axisTick: { show: false }, axisLabel: { interval: 0 } },
      yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#eef1f6' } } },
      series: [
        {
          type: 'bar',
          name: t('models.grades.count'),
          data: rows.map((r) => ({ value: r.count, itemStyle: { color: gradeColor(r.grade), borderRadius: [4, 4, 0, 0] } })),
          barMaxWidth: 28,
          label: { show: true, position: 'top', color: '#555' },
        },
      ],
    }),
    [t, rows],
  );
  const label = rows.map((r) => `${r.grade} ${r.count}`).join(', ');
  return <EChart option={option} height={260} ariaLabel={label} testId={testId} />;
}

export function RocChart({ roc, auc }: { roc: RocPoint[]; auc?: number }) {
  const { t } = useTranslation();
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 16, top: 32, bottom: 24, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'item', formatter: (p: { value: number[] }) => `FPR ${p.value[0]?.toFixed(3)}<br/>TPR ${p.value[1]?.toFixed(3)}` },
      xAxis: { type: 'value', min: 0, max: 1, name: t('models.metrics.fpr'), nameLocation: 'middle', nameGap: 24 },
      yAxis: { type: 'value', min: 0, max: 1, name: t('models.metrics.tpr') },
      series: [
        {
          type: 'line',
          name: auc === undefined ? 'ROC' : `ROC (AUC ${auc.toFixed(3)})`,
          data: roc.map((p) => [p.fpr, p.tpr]),
          showSymbol: false,
          lineStyle: { color: CHART_BLUE, width: 2 },
          itemStyle: { color: CHART_BLUE },
          areaStyle: { color: 'rgba(21, 86, 184, 0.08)' },
        },
        { type: 'line', name: t('models.metrics.random'), data: [[0, 0], [1, 1]], showSymbol: false, lineStyle: { color: '#aaa', type: 'dashed' }, itemStyle: { color: '#aaa' } },
      ],
    }),
    [t, roc, auc],
  );
  return <EChart option={option} height={260} ariaLabel={t('models.metrics.roc')} testId="roc-chart" />;
}

export function CalibrationChart({ calibration }: { calibration: CalibrationRow[] }) {
  const { t } = useTranslation();
  const rows = useMemo(() => inGradeOrder(calibration), [calibration]);
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${(v * 100).toFixed(2)}%` },
      xAxis: { type: 'category', data: rows.map((r) => r.grade) },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => `${Math.round(v * 1000) / 10}%` } },
      series: [
        { type: 'bar', name: t('models.metrics.observed'), data: rows.map((r) => r.observed), itemStyle: { color: '#91caff' }, barMaxWidth: 24 },
        { type: 'line', name: t('models.metrics.predicted'), data: rows.map((r) => r.predicted), lineStyle: { color: CHART_BLUE, width: 2 }, itemStyle: { color: CHART_BLUE } },
      ],
    }),
    [t, rows],
  );
  return <EChart option={option} height={260} ariaLabel={t('models.metrics.calibration')} testId="calibration-chart" />;
}
