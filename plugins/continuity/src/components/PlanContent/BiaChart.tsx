import { formatIsoDuration } from '@readiness/plugin-readiness-react';
import { useTheme } from '@material-ui/core';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ContinuityImpact, IMPACT_DIMENSIONS, IMPACT_LEVELS } from '@readiness/plugin-readiness-common';
import { durationSeconds } from '@readiness/plugin-continuity-common';

/** The impacts in time order, each dimension as the index of its level (none = 0 … severe = 4). */
export function impactSeries(impacts: readonly ContinuityImpact[]) {
  return [...impacts]
    .sort((a, b) => (durationSeconds(a.after) ?? 0) - (durationSeconds(b.after) ?? 0))
    .map(impact => ({
      after: formatIsoDuration(impact.after),
      ...Object.fromEntries(
        IMPACT_DIMENSIONS.map(dimension => [
          dimension,
          impact[dimension] ? IMPACT_LEVELS.indexOf(impact[dimension]!) : undefined,
        ]),
      ),
    }));
}

/** How the impact of an outage grows over time, per dimension, with the RTO and MTPD marked. */
export function BiaChart({
  impacts,
  rto,
  mtpd,
}: {
  impacts: readonly ContinuityImpact[];
  rto: string;
  mtpd?: string;
}) {
  const theme = useTheme();
  const colours = [
    theme.palette.error.main,
    theme.palette.primary.main,
    theme.palette.warning.main,
    theme.palette.success.main,
  ];
  // Dimensions often share a level: the dashes keep overlapping lines apart.
  const dashes = ['', '8 4', '3 3', '12 4 3 4'];
  const data = impactSeries(impacts);
  const marks = [
    { label: 'RTO', at: formatIsoDuration(rto) },
    ...(mtpd ? [{ label: 'MTPD', at: formatIsoDuration(mtpd) }] : []),
  ].filter(mark => data.some(point => point.after === mark.at));
  return (
    <ResponsiveContainer width="100%" height={280}>
      <LineChart data={data} margin={{ top: 16, right: 32, bottom: 8, left: 16 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="after" />
        <YAxis
          domain={[0, IMPACT_LEVELS.length - 1]}
          ticks={IMPACT_LEVELS.map((_, index) => index)}
          tickFormatter={value => IMPACT_LEVELS[value as number] ?? ''}
          width={70}
        />
        <Tooltip formatter={value => IMPACT_LEVELS[value as number] ?? String(value)} />
        <Legend />
        {marks.map(mark => (
          <ReferenceLine
            key={mark.label}
            x={mark.at}
            stroke={theme.palette.text.secondary}
            strokeDasharray="6 3"
            label={{ value: mark.label, position: 'insideTopRight', fill: theme.palette.text.secondary }}
          />
        ))}
        {IMPACT_DIMENSIONS.map((dimension, index) => (
          <Line
            key={dimension}
            type="stepAfter"
            dataKey={dimension}
            stroke={colours[index]}
            strokeWidth={index === 0 ? 4 : 2}
            strokeDasharray={dashes[index]}
            isAnimationActive={false}
            connectNulls
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
