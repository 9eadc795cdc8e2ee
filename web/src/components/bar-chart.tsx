// A horizontal bar chart, longest bar on top, drawn by the shared echarts wrapper.
import { useMemo } from 'react';
import { CHART_BLUE, Chart } from './charts/chart';

export interface Bar {
  label: string;
  value: number;
  /** More about the bar for its tooltip, e.g. an amount beside a count. */
  detail?: string;
}

interface BarChartProps {
  bars: Bar[];
  height?: number;
  ariaLabel: string;
  testId?: string;
}

export function BarChart({ bars, height = 280, ariaLabel, testId }: BarChartProps) {
  const option = useMemo(() => {
    const sorted = [...bars].sort((a, b) => a.value - b.value);
    return {
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params: { dataIndex: number }[]) => {
          const bar = sorted[params[0]?.dataIndex ?? -1];
          return bar ? [bar.label, String(bar.value), bar.detail].filter(Boolean).join('<br/>') : '';
        },
      },
      xAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#eef1f6' } } },
      yAxis: { type: 'category', data: sorted.map((b) => b.label), axisTick: { show: false } },
      series: [
        {
          type: 'bar',
          data: sorted.map((b) => b.value),
          barMaxWidth: 22,
          itemStyle: { color: CHART_BLUE, borderRadius: [0, 4, 4, 0] },
          label: { show: true, position: 'right', color: '#555' },
        },
      ],
    };
  }, [bars]);
  return <Chart option={option} height={height} ariaLabel={ariaLabel} testId={testId} />;
}
