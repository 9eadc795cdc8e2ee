// A horizontal bar chart, longest bar on top (or in the order given), drawn as a table with a bar in each row: a few
// dozen elements instead of echarts (no canvas to set up on a home page), read as label and value
// by screen readers, and the detail of each bar in its title.
import { formatCount } from '../lib/format';
import { CHART_BLUE } from './charts/chart';
import './charts/charts.css';

export interface Bar {
  label: string;
  value: number;
  /** More about the bar for its tooltip, e.g. an amount beside a count. */
  detail?: string;
}

interface BarChartProps {
  bars: Bar[];
  ariaLabel: string;
  language: string;
  testId?: string;
  /** Keep the bars in the order given (grades AAA to C) rather than longest first. */
  keepOrder?: boolean;
}

export function BarChart({ bars, ariaLabel, language, testId, keepOrder = false }: BarChartProps) {
  const sorted = keepOrder ? bars : [...bars].sort((a, b) => b.value - a.value);
  const max = Math.max(1, ...sorted.map((b) => b.value));
  return (
    <table className="kj-bars" aria-label={ariaLabel} data-testid={testId}>
      <tbody>
        {sorted.map((bar) => (
          <tr key={bar.label} title={[bar.label, formatCount(bar.value, language), bar.detail].filter(Boolean).join(' · ')}>
            <th scope="row">{bar.label}</th>
            <td className="kj-bars-track" aria-hidden>
              <span style={{ width: `${(bar.value / max) * 100}%`, background: CHART_BLUE }} />
            </td>
            <td className="kj-bars-value">{formatCount(bar.value, language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
