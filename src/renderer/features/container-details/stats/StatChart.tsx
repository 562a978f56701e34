// One stats figure: a title and current values in text (what a screen reader reads), and a small
// live chart of the recent window (decorative, hidden from assistive technology).
import { useId, type ReactNode } from 'react';
import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { StatsPoint } from './use-container-stats';

export interface Series {
  key: keyof StatsPoint;
  label: string;
  color: string;
}

interface StatChartProps {
  title: string;
  /** Current values, in words. */
  children: ReactNode;
  points: StatsPoint[];
  series: Series[];
  format: (value: number) => string;
  /** Upper bound of the value axis, e.g. the memory limit; else it fits the data. */
  max?: number;
  /** Whole numbers only on the value axis (process counts). */
  integer?: boolean;
}

function clock(time: number): string {
  return new Date(time).toLocaleTimeString(undefined, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

export function StatChart({ title, children, points, series, format, max, integer }: StatChartProps) {
  const titleId = useId();
  return (
    <figure className="stat-card" role="figure" aria-labelledby={titleId}>
      <figcaption className="stat-caption">
        <h3 id={titleId}>{title}</h3>
        <div className="stat-values">{children}</div>
      </figcaption>
      <div className="stat-chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <AreaChart data={points} margin={{ top: 6, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="time"
              type="number"
              scale="time"
              domain={['dataMin', 'dataMax']}
              tickFormatter={clock}
              tick={{ fontSize: 11, fill: 'var(--muted)' }}
              stroke="var(--border)"
              minTickGap={48}
            />
            <YAxis
              width={64}
              domain={[0, max ?? 'auto']}
              tickFormatter={format}
              tick={{ fontSize: 11, fill: 'var(--muted)' }}
              stroke="var(--border)"
              allowDecimals={!integer}
            />
            <Tooltip
              labelFormatter={(value) => clock(Number(value))}
              formatter={(value) => format(Number(value))}
              contentStyle={{
                background: 'var(--surface)',
                border: '1px solid var(--border)',
                borderRadius: 6,
              }}
            />
            {series.map((s) => (
              <Area
                key={s.key}
                type="monotone"
                dataKey={s.key}
                name={s.label}
                stroke={s.color}
                fill={s.color}
                fillOpacity={0.15}
                strokeWidth={1.6}
                isAnimationActive={false}
                dot={false}
              />
            ))}
          </AreaChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
