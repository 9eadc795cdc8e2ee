// Charts load echarts on first use, so pages without a chart do not download it.
import { lazy, Suspense } from 'react';
import type { EChartProps } from './echart';

export const CHART_BLUE = '#1556b8';

const LazyEChart = lazy(() => import('./echart').then((m) => ({ default: m.EChart })));

export function Chart(props: EChartProps) {
  return (
    <Suspense fallback={<div role="img" aria-label={props.ariaLabel} aria-busy="true" style={{ width: '100%', height: props.height ?? 260 }} />}>
      <LazyEChart {...props} />
    </Suspense>
  );
}
