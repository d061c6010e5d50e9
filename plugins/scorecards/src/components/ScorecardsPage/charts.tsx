import { useTheme } from '@material-ui/core';
import type {
  LevelTrendPoint,
  ModelOutline,
} from '@readiness/plugin-scorecards-common';
import * as Recharts from 'recharts';

const LEVEL_COLORS = ['#9e9e9e', '#ef8f00', '#1976d2', '#2e7d32', '#6a1b9a'];

function levelKeys(model: ModelOutline) {
  return [{ level: 0, name: 'No level yet' }, ...model.levels].map(
    (level, index) => ({
      key: `level${level.level}`,
      label:
        level.level === 0 ? 'Level 0' : `Level ${level.level} · ${level.name}`,
      color: LEVEL_COLORS[index % LEVEL_COLORS.length],
      level: level.level,
    }),
  );
}

/** How many squads are at each level now. */
export function LevelDistributionChart(props: {
  model: ModelOutline;
  distribution: Record<number, number>;
}) {
  const theme = useTheme();
  const data = levelKeys(props.model).map(key => ({
    name: `Level ${key.level}`,
    squads: props.distribution[key.level] ?? 0,
  }));
  return (
    <Recharts.ResponsiveContainer width="100%" height={240}>
      <Recharts.BarChart
        data={data}
        margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
      >
        <Recharts.CartesianGrid strokeDasharray="3 3" />
        <Recharts.XAxis
          dataKey="name"
          interval={0}
          tick={{ fill: theme.palette.text.primary, fontSize: 12 }}
        />
        <Recharts.YAxis
          allowDecimals={false}
          tick={{ fill: theme.palette.text.primary }}
        />
        <Recharts.Tooltip />
        <Recharts.Bar
          dataKey="squads"
          name="Squads"
          fill="#1976d2"
          isAnimationActive={false}
        />
      </Recharts.BarChart>
    </Recharts.ResponsiveContainer>
  );
}

/** Squads per level (stacked) and the average level, per week or quarter. */
export function LevelTrendChart(props: {
  model: ModelOutline;
  points: LevelTrendPoint[];
}) {
  const theme = useTheme();
  const keys = levelKeys(props.model);
  const data = props.points.map(point => ({
    period: point.period,
    averageLevel: point.averageLevel,
    ...Object.fromEntries(
      keys.map(key => [key.key, point.distribution[key.level] ?? 0]),
    ),
  }));
  return (
    <Recharts.ResponsiveContainer width="100%" height={280}>
      <Recharts.ComposedChart
        data={data}
        margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
      >
        <Recharts.CartesianGrid strokeDasharray="3 3" />
        <Recharts.XAxis
          dataKey="period"
          tick={{ fill: theme.palette.text.primary, fontSize: 12 }}
        />
        <Recharts.YAxis
          yAxisId="squads"
          allowDecimals={false}
          tick={{ fill: theme.palette.text.primary }}
        />
        <Recharts.YAxis
          yAxisId="level"
          orientation="right"
          domain={[0, props.model.levels.length]}
          allowDecimals={false}
          tick={{ fill: theme.palette.text.primary }}
        />
        <Recharts.Tooltip />
        <Recharts.Legend />
        {keys.map(key => (
          <Recharts.Bar
            key={key.key}
            yAxisId="squads"
            dataKey={key.key}
            name={key.label}
            stackId="levels"
            fill={key.color}
            isAnimationActive={false}
          />
        ))}
        <Recharts.Line
          yAxisId="level"
          dataKey="averageLevel"
          name="Average level"
          stroke={theme.palette.text.primary}
          strokeWidth={2}
          connectNulls
          isAnimationActive={false}
        />
      </Recharts.ComposedChart>
    </Recharts.ResponsiveContainer>
  );
}
