import { Link } from '@backstage/core-components';
import { makeStyles, Typography } from '@material-ui/core';
import type {
  CheckStatus,
  ScorecardsResponse,
} from '@readiness/plugin-scorecards-common';
import { Fragment } from 'react';
import {
  levelLabel,
  squadScorecardPath,
  STATUS_COLORS,
  STATUS_LABELS,
} from '../common';

const useStyles = makeStyles(theme => ({
  wrapper: { overflowX: 'auto' },
  table: { borderCollapse: 'separate', borderSpacing: 2, fontSize: '0.8rem' },
  checkHeader: {
    writingMode: 'vertical-rl',
    transform: 'rotate(180deg)',
    whiteSpace: 'nowrap',
    fontWeight: 500,
    padding: theme.spacing(0.5, 0),
    maxHeight: 220,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  levelHeader: {
    textAlign: 'center',
    fontWeight: 600,
    borderBottom: `2px solid ${theme.palette.divider}`,
  },
  domain: {
    textAlign: 'left',
    fontWeight: 700,
    paddingTop: theme.spacing(1.5),
    textTransform: 'capitalize',
  },
  squad: {
    textAlign: 'left',
    whiteSpace: 'nowrap',
    paddingRight: theme.spacing(2),
  },
  cell: {
    width: 26,
    height: 26,
    textAlign: 'center',
    color: '#fff',
    fontWeight: 700,
    borderRadius: 3,
  },
  legend: {
    display: 'flex',
    gap: theme.spacing(2),
    marginTop: theme.spacing(1),
  },
  swatch: {
    display: 'inline-block',
    width: 12,
    height: 12,
    marginRight: 4,
    borderRadius: 2,
  },
}));

const LETTERS: Record<CheckStatus, string> = {
  pass: '✓',
  fail: '✗',
  waived: 'W',
  'no-data': '?',
};

/**
 * A page of squads (grouped by domain) × checks (grouped by level), each cell a check's status.
 */
export function HeatMap(props: { data: ScorecardsResponse }) {
  const classes = useStyles();
  const { model } = props.data;
  const squads = props.data.squads.items;
  const checks = [...model.checks].sort((a, b) => a.level - b.level);
  const domains = [...new Set(squads.map(s => s.domain ?? ''))].sort();
  return (
    <div className={classes.wrapper}>
      <table className={classes.table} aria-label="Scorecard heat map">
        <thead>
          <tr>
            <th />
            <th />
            {model.levels.map(level => (
              <th
                key={level.level}
                colSpan={checks.filter(c => c.level === level.level).length}
                className={classes.levelHeader}
              >
                {level.level} · {level.name}
              </th>
            ))}
          </tr>
          <tr>
            <th className={classes.squad}>Squad</th>
            <th className={classes.squad}>Level</th>
            {checks.map(check => (
              <th key={check.id} title={check.title}>
                <div className={classes.checkHeader}>{check.title}</div>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {domains.map(domain => (
            <Fragment key={domain}>
              <tr>
                <th colSpan={checks.length + 2} className={classes.domain}>
                  {domain ? domain.replace(/-/g, ' ') : 'No domain'}
                </th>
              </tr>
              {squads
                .filter(s => (s.domain ?? '') === domain)
                .map(squad => {
                  const byCheck = new Map(
                    squad.results.map(r => [r.checkId, r]),
                  );
                  return (
                    <tr key={squad.ref}>
                      <td className={classes.squad}>
                        <Link to={squadScorecardPath(squad.ref)}>
                          {squad.title}
                        </Link>
                      </td>
                      <td className={classes.squad}>
                        {levelLabel(squad.level)}
                      </td>
                      {checks.map(check => {
                        const result = byCheck.get(check.id);
                        return (
                          <td
                            key={check.id}
                            className={classes.cell}
                            style={{
                              backgroundColor: result
                                ? STATUS_COLORS[result.status]
                                : 'transparent',
                            }}
                            title={`${squad.title} · ${check.title}: ${
                              result
                                ? `${STATUS_LABELS[result.status]}. ${
                                    result.summary
                                  }`
                                : 'not evaluated'
                            }`}
                          >
                            {result ? LETTERS[result.status] : ''}
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
            </Fragment>
          ))}
        </tbody>
      </table>
      <div className={classes.legend}>
        {(Object.keys(STATUS_COLORS) as CheckStatus[]).map(status => (
          <Typography key={status} variant="caption">
            <span
              className={classes.swatch}
              style={{ backgroundColor: STATUS_COLORS[status] }}
            />
            {LETTERS[status]} {STATUS_LABELS[status]}
          </Typography>
        ))}
      </div>
    </div>
  );
}
