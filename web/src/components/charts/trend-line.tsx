// A line of values over time (an enterprise's score by month), drawn in SVG: a few dozen elements
// instead of echarts on a home page. Horizontal positions are percentages, so the line fills its
// card at any width while its text keeps its size; each point carries its label (e.g. the grade).
import { CHART_BLUE } from './chart';
import './charts.css';

export interface TrendPoint {
  /** Under the axis, e.g. the date. */
  label: string;
  value: number;
  /** Above the point, e.g. the grade. */
  tag?: string;
}

interface TrendLineProps {
  points: TrendPoint[];
  min: number;
  max: number;
  height?: number;
  ariaLabel: string;
  testId?: string;
}

const TOP = 24;
const BOTTOM = 28;
const LEFT = 9; // % of the width, for the axis labels
const RIGHT = 97;

export function TrendLine({ points, min, max, height = 220, ariaLabel, testId }: TrendLineProps) {
  const plot = height - TOP - BOTTOM;
  const y = (value: number) => TOP + plot * (1 - (Math.min(max, Math.max(min, value)) - min) / (max - min || 1));
  const x = (i: number) => (points.length === 1 ? (LEFT + RIGHT) / 2 : LEFT + ((RIGHT - LEFT) * i) / (points.length - 1));
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(min + (max - min) * f));
  // At most about six dates under the axis, always the last.
  const every = Math.max(1, Math.ceil(points.length / 6));
  return (
    <svg className="kj-trend" height={height} role="img" aria-label={ariaLabel} data-testid={testId}>
      <desc>{points.map((p) => `${p.label}: ${p.value}${p.tag ? ` (${p.tag})` : ''}`).join('; ')}</desc>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={`${LEFT}%`} x2={`${RIGHT}%`} y1={y(tick)} y2={y(tick)} />
          <text x={`${LEFT - 1.5}%`} y={y(tick) + 4} textAnchor="end">
            {tick}
          </text>
        </g>
      ))}
      {points.slice(1).map((p, i) => (
        <line key={`s${i}`} x1={`${x(i)}%`} y1={y(points[i]!.value)} x2={`${x(i + 1)}%`} y2={y(p.value)} style={{ stroke: CHART_BLUE, strokeWidth: 2 }} />
      ))}
      {points.map((p, i) => (
        <g key={`p${i}`} className="kj-trend-point">
          <circle cx={`${x(i)}%`} cy={y(p.value)} r={4} fill="#fff" stroke={CHART_BLUE} strokeWidth={2} />
          {p.tag ? (
            <text x={`${x(i)}%`} y={y(p.value) - 10} textAnchor="middle">
              {p.tag}
            </text>
          ) : null}
        </g>
      ))}
      {points.map((p, i) =>
        i % every === (points.length - 1) % every ? (
          <text key={`l${i}`} x={`${x(i)}%`} y={height - 8} textAnchor="middle">
            {p.label}
          </text>
        ) : null,
      )}
    </svg>
  );
}
