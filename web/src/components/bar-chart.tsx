// A small horizontal bar chart (echarts, only the parts we use).
import { useEffect, useRef } from 'react';
import { BarChart as EBarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([EBarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export interface Bar {
  label: string;
  value: number;
}

export function BarChart({ bars, height = 280, ariaLabel }: { bars: Bar[]; height?: number; ariaLabel: string }) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts>(undefined);

  useEffect(() => {
    if (!element.current) return undefined;
    const instance = echarts.init(element.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    const sorted = [...bars].sort((a, b) => a.value - b.value);
    chart.current?.setOption(
      {
        animation: false,
        textStyle: { fontFamily: 'inherit' },
        grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        xAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#eef1f6' } } },
        yAxis: { type: 'category', data: sorted.map((b) => b.label), axisTick: { show: false } },
        series: [
          {
            type: 'bar',
            data: sorted.map((b) => b.value),
            barMaxWidth: 22,
            itemStyle: { color: '#1556b8', borderRadius: [0, 4, 4, 0] },
            label: { show: true, position: 'right', color: '#555' },
          },
        ],
      },
      true,
    );
  }, [bars]);

  return <div ref={element} role="img" aria-label={ariaLabel} style={{ width: '100%', height }} />;
}
