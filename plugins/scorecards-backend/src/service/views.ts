import {
  CapabilityModelEntity,
  entityRefKey,
} from '@readiness/plugin-readiness-common';
import { toCsv } from '@readiness/plugin-readiness-api-common';
import type { ListFields } from '@readiness/plugin-readiness-node';
import {
  ModelOutline,
  ModelView,
  ScorecardListFilter,
  ScorecardsResponse,
  SquadScorecardRow,
  SquadSummary,
} from '@readiness/plugin-scorecards-common';
import { StoredScorecard } from '../database/ScorecardStore';
import { attestationValidity } from '../evaluation/attestations';
import { levelDistribution } from '../evaluation/trend';

/** The model as the API serves it: each attestation check with the validity that applies. */
export function modelView(model: CapabilityModelEntity): ModelView {
  return {
    ref: entityRefKey(model)!,
    title: model.metadata.title ?? model.metadata.name,
    version: model.spec.version,
    owner: model.spec.owner,
    levels: model.spec.levels,
    checks: model.spec.checks.map(check => ({
      ...check,
      validity:
        check.type === 'attestation'
          ? attestationValidity(model.spec, check)
          : undefined,
    })),
  };
}

/** The model as the squads' list names it: levels, and each check's id, title and level. */
export function modelOutline(model: CapabilityModelEntity): ModelOutline {
  return {
    ref: entityRefKey(model)!,
    title: model.metadata.title ?? model.metadata.name,
    version: model.spec.version,
    levels: model.spec.levels,
    checks: model.spec.checks.map(({ id, title, level }) => ({
      id,
      title,
      level,
    })),
  };
}

/** The scorecards list of one stored snapshot: what it says of every squad, and their rows. */
export interface ScorecardsList {
  summary: Omit<ScorecardsResponse, 'squads'>;
  /** Every squad's row, by domain and title, for the list's pages. */
  rows: SquadScorecardRow[];
}

/** How `GET /scorecards` filters and searches the squads' rows. */
export const SQUAD_ROW_FIELDS: ListFields<SquadScorecardRow> = {
  filters: {
    domain: row => row.domain,
  } satisfies Record<ScorecardListFilter, (row: SquadScorecardRow) => unknown>,
  sorts: {},
  text: row => `${row.title} ${row.ref}`,
};

/** Every squad with its latest scorecard (statuses and summaries, without evidence). */
export function scorecardsView(
  model: CapabilityModelEntity,
  squads: SquadSummary[],
  stored: StoredScorecard[],
): ScorecardsList {
  const storedBySquad = new Map(stored.map(s => [s.squadRef, s]));
  const failing: Record<string, number> = {};
  const rows = squads.map(squad => {
    const scorecard = storedBySquad.get(squad.ref);
    const results = (scorecard?.results ?? []).map(
      ({ checkId, status, summary }) => {
        if (status === 'fail') failing[checkId] = (failing[checkId] ?? 0) + 1;
        return { checkId, status, summary };
      },
    );
    return {
      ref: squad.ref,
      title: squad.title,
      domain: squad.domain,
      level: scorecard?.level,
      results,
    };
  });
  rows.sort(
    (a, b) =>
      (a.domain ?? '').localeCompare(b.domain ?? '') ||
      a.title.localeCompare(b.title),
  );
  const evaluated = rows.flatMap(row =>
    row.level === undefined ? [] : [row.level],
  );
  return {
    summary: {
      model: modelOutline(model),
      evaluatedAt: stored
        .map(s => s.evaluatedAt)
        .sort()
        .pop(),
      distribution: levelDistribution(
        evaluated,
        model.spec.levels.map(l => l.level),
      ),
      failing,
    },
    rows,
  };
}

/** One CSV line per squad and check of the model, "not evaluated" where there is no result. */
export function scorecardsCsv(
  model: CapabilityModelEntity,
  squads: SquadSummary[],
  stored: StoredScorecard[],
): string {
  const bySquad = new Map(stored.map(s => [s.squadRef, s]));
  const rows = squads.flatMap(squad => {
    const scorecard = bySquad.get(squad.ref);
    return model.spec.checks.map(check => ({
      squad,
      scorecard,
      check,
      result: scorecard?.results.find(r => r.checkId === check.id),
    }));
  });
  return toCsv(rows, [
    { header: 'Squad', value: r => r.squad.title },
    { header: 'Squad ref', value: r => r.squad.ref },
    { header: 'Domain', value: r => r.squad.domain },
    { header: 'Squad level', value: r => r.scorecard?.level },
    { header: 'Check', value: r => r.check.id },
    { header: 'Check title', value: r => r.check.title },
    { header: 'Check level', value: r => r.check.level },
    { header: 'Category', value: r => r.check.category },
    { header: 'Type', value: r => r.check.type },
    { header: 'Status', value: r => r.result?.status ?? 'not evaluated' },
    { header: 'Summary', value: r => r.result?.summary },
    { header: 'Evaluated at', value: r => r.scorecard?.evaluatedAt },
    { header: 'Model version', value: r => r.scorecard?.modelVersion },
  ]);
}
