import type {
  OncallIncident,
  PostmortemSummary,
} from '@readiness/plugin-postmortems-common';

/** A resolved incident the picker offers, with the post-mortem that already reviews it. */
export interface IncidentChoice {
  incident: OncallIncident;
  review?: Pick<PostmortemSummary, 'ref' | 'title'>;
}

/** The incidents newest resolved first, each with the post-mortem that reviews it, if any. */
export function incidentChoices(
  incidents: OncallIncident[],
  postmortems: Pick<PostmortemSummary, 'ref' | 'title' | 'incidents'>[],
): IncidentChoice[] {
  const reviews = new Map<string, Pick<PostmortemSummary, 'ref' | 'title'>>();
  for (const { ref, title, incidents: ids } of postmortems) {
    for (const id of ids) if (!reviews.has(id)) reviews.set(id, { ref, title });
  }
  return [...incidents]
    .sort((a, b) =>
      (b.resolvedAt ?? b.createdAt).localeCompare(a.resolvedAt ?? a.createdAt),
    )
    .map(incident => ({ incident, review: reviews.get(incident.id) }));
}

/** A squad the picker can show the incidents of. */
export interface SquadChoice {
  ref: string;
  title: string;
}

/** The signed-in person's squads first, then the others by title. */
export function squadChoices(
  squads: SquadChoice[],
  mySquadRefs: string[],
): SquadChoice[] {
  const mine = new Set(mySquadRefs.map(ref => ref.toLocaleLowerCase('en-US')));
  const rank = (squad: SquadChoice) =>
    mine.has(squad.ref.toLocaleLowerCase('en-US')) ? 0 : 1;
  return [...squads].sort(
    (a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title),
  );
}
