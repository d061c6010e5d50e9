import {
  ActionFilterField,
  ActionItem,
  FacetSearch,
  DORA_CLASSIFICATIONS,
  DoraReportDraft,
  FacetValue,
  listOpenActions,
  PostmortemAnalytics,
  PostmortemFacetField,
  PostmortemFacets,
  PostmortemFilterField,
  PostmortemSummary,
  ReliabilityDimension,
  ReliabilityFigures,
  ReliabilitySortField,
  utcDate,
} from '@readiness/plugin-postmortems-common';
import { NotFoundError } from '@backstage/errors';
import {
  CUSTOMER_IMPACT_BUCKETS,
  isPostmortemEntity,
  RootCauseTaxonomy,
  SEVERITIES,
  taxonomyTitles,
} from '@readiness/plugin-readiness-common';
import {
  CsvColumn,
  ListPage,
  toCsv,
} from '@readiness/plugin-readiness-api-common';
import {
  AnswerCache,
  applyListQuery,
  createSnapshotView,
  filterRows,
  ListFields,
  ListQuery,
  RecordsIndexService,
  RecordsSnapshot,
} from '@readiness/plugin-readiness-node';
import {
  analyzePostmortems,
  reliabilityBy,
  taxonomyCategory,
} from './analytics';
import { draftDoraReport } from './doraReport';
import { searchFacetValues, trimFacets } from './facets';
import { summarizePostmortem } from './library';

/** The library rows and open actions of one snapshot, as of one day. */
interface PostmortemViews {
  today: string;
  rows: PostmortemSummary[];
  actions: ActionItem[];
  facets: PostmortemFacets['facets'];
}

/** The filters a list offers, one for each field its contract names. */
type FiltersOf<T, Field extends string> = Record<
  Field,
  ListFields<T>['filters'][string]
>;

const severityRank = (row: PostmortemSummary) =>
  row.severity ? SEVERITIES.indexOf(row.severity) : undefined;
const impactRank = (row: PostmortemSummary) =>
  row.customerImpact
    ? CUSTOMER_IMPACT_BUCKETS.indexOf(row.customerImpact)
    : undefined;

/** How `GET /` (the library) and `GET /analytics` read their filters. */
export const postmortemFields: ListFields<PostmortemSummary> = {
  filters: {
    severity: row => row.severity,
    status: row => row.status,
    reviewType: row => row.reviewType,
    squad: row => row.owner,
    service: row => row.services,
    domain: row => row.domains,
    journey: row => row.journeys,
    // A category id matches each of its tags.
    taxonomy: row => [...row.taxonomy, ...row.taxonomy.map(taxonomyCategory)],
    customerImpact: row => row.customerImpact,
    publication: row => row.publication.state,
    incident: row => row.incidents,
    classification: row => row.classification,
    doraReports: row => row.doraReports,
  } satisfies FiltersOf<PostmortemSummary, PostmortemFilterField>,
  sorts: {
    startedAt: row => row.startedMs,
    title: row => row.title.toLocaleLowerCase('en-US'),
    severity: severityRank,
    customerImpact: impactRank,
    duration: row => row.durationMinutes,
    status: row => row.status,
    squad: row => row.owner,
    publishedAt: row => row.publishedAt,
    openActions: row => row.openActions,
  },
  text: row =>
    [
      row.name,
      row.title,
      row.summary,
      row.owner,
      ...row.services,
      ...row.journeys,
      ...row.taxonomy,
    ].join(' '),
  defaultSort: 'startedAt',
};

/** How `GET /actions` reads its filters. Unsorted, items stay overdue first. */
export const actionFields: ListFields<ActionItem> = {
  filters: {
    squad: item => item.ownerSquad,
    owner: item => item.owner,
    category: item => item.category,
    term: item => item.term,
    status: item => item.status,
    source: item => item.source.kind,
    record: item => item.source.ref,
    overdue: item => item.overdue,
  } satisfies FiltersOf<ActionItem, ActionFilterField>,
  sorts: {
    due: item => item.due,
    daysOverdue: item => item.daysOverdue,
    title: item => item.title.toLocaleLowerCase('en-US'),
    squad: item => item.ownerSquad,
    category: item => item.category,
    term: item => item.term,
    status: item => item.status,
  },
  text: item =>
    [item.title, item.owner, item.source.title, item.ticket ?? ''].join(' '),
};

/** The open actions as a spreadsheet. */
const actionCsvColumns: CsvColumn<ActionItem>[] = [
  { header: 'Action', value: item => item.title },
  { header: 'Category', value: item => item.category },
  { header: 'Term', value: item => item.term },
  { header: 'Status', value: item => item.status },
  { header: 'Owner', value: item => item.owner },
  { header: 'Owner squad', value: item => item.ownerSquad },
  { header: 'Due', value: item => item.due },
  { header: 'Overdue', value: item => item.overdue },
  { header: 'Days overdue', value: item => item.daysOverdue },
  { header: 'From', value: item => item.source.kind },
  { header: 'Record', value: item => item.source.ref },
  { header: 'Record title', value: item => item.source.title },
  { header: 'Ticket', value: item => item.ticket },
];

/** The library as a spreadsheet. */
const postmortemCsvColumns: CsvColumn<PostmortemSummary>[] = [
  { header: 'Post-mortem', value: row => row.ref },
  { header: 'Title', value: row => row.title },
  { header: 'Review', value: row => row.reviewType },
  { header: 'Status', value: row => row.status },
  { header: 'Severity', value: row => row.severity },
  { header: 'Customer impact', value: row => row.customerImpact },
  { header: 'Squad', value: row => row.owner },
  { header: 'Services', value: row => row.services.join(' ') },
  { header: 'Domains', value: row => row.domains.join(' ') },
  { header: 'Journeys', value: row => row.journeys.join(' ') },
  { header: 'Taxonomy', value: row => row.taxonomy.join(' ') },
  { header: 'Started', value: row => row.startedAt },
  { header: 'Detected', value: row => row.detectedAt },
  { header: 'Resolved', value: row => row.resolvedAt },
  { header: 'Duration (minutes)', value: row => row.durationMinutes },
  { header: 'Published', value: row => row.publishedAt },
  { header: 'Publication', value: row => row.publication.state },
  { header: 'Open actions', value: row => row.openActions },
  { header: 'DORA classification', value: row => row.classification },
  { header: 'DORA reports', value: row => row.doraReports.join(' ') },
];

function facet<T>(
  rows: T[],
  valuesOf: (row: T) => Array<string | undefined>,
  snapshot?: RecordsSnapshot,
): FacetValue[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    for (const value of new Set(valuesOf(row))) {
      if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .map(([value, count]) => ({
      value,
      count,
      title: snapshot?.byRef.get(value)?.metadata.title,
    }))
    .sort((a, b) => (a.title ?? a.value).localeCompare(b.title ?? b.value));
}

function buildViews(snapshot: RecordsSnapshot, today: string): PostmortemViews {
  const lookup = (ref: string) => snapshot.byRef.get(ref);
  const rows = snapshot.postmortems.map(postmortem =>
    summarizePostmortem(postmortem, { today, lookup }),
  );
  const actions = listOpenActions(
    [...snapshot.postmortems, ...snapshot.exercises],
    { today, lookup },
  );
  const ordered = <T extends string>(
    values: FacetValue[],
    order: readonly T[],
  ) =>
    [...values].sort(
      (a, b) => order.indexOf(a.value as T) - order.indexOf(b.value as T),
    );
  return {
    today,
    rows,
    actions,
    facets: {
      severity: ordered(
        facet(rows, row => [row.severity]),
        SEVERITIES,
      ),
      status: facet(rows, row => [row.status]),
      reviewType: facet(rows, row => [row.reviewType]),
      squad: facet(rows, row => [row.owner], snapshot),
      service: facet(rows, row => row.services, snapshot),
      domain: facet(rows, row => row.domains, snapshot),
      journey: facet(rows, row => row.journeys),
      taxonomy: facet(rows, row => [
        ...row.taxonomy,
        ...row.taxonomy.map(taxonomyCategory),
      ]),
      customerImpact: ordered(
        facet(rows, row => [row.customerImpact]),
        CUSTOMER_IMPACT_BUCKETS,
      ),
      classification: ordered(
        facet(rows, row => [row.classification]),
        DORA_CLASSIFICATIONS,
      ),
      actionSquad: facet(actions, item => [item.ownerSquad], snapshot),
    } satisfies Record<PostmortemFacetField, FacetValue[]>,
  };
}

/**
 * The post-mortem views of a snapshot as of `today`, computed once per snapshot
 * and day: every list and analytics request filters these.
 */
const postmortemViews = createSnapshotView(buildViews);

/** An incident period: `from` and `to` are days (YYYY-MM-DD, UTC), both included. */
export interface Period {
  from?: string;
  to?: string;
}

const periodRows = new AnswerCache<PostmortemViews, PostmortemSummary[]>(20);

/**
 * The rows whose incident started in the period, kept per views and period so that the lists
 * filter an array they have indexed before.
 */
function rowsInPeriod(
  views: PostmortemViews,
  period: Period,
): PostmortemSummary[] {
  if (!period.from && !period.to) {
    return views.rows;
  }
  return periodRows.get(views, `${period.from ?? ''}..${period.to ?? ''}`, () =>
    views.rows.filter(
      row =>
        (!period.from || row.startedOn >= period.from) &&
        (!period.to || row.startedOn <= period.to),
    ),
  );
}

/** Which post-mortems a library query and period select, normalized: the key of their figures. */
function selectionKey(query: ListQuery, period: Period): string {
  return JSON.stringify([
    Object.entries(query.filters)
      .filter(([, wanted]) => wanted.length > 0)
      .map(([field, wanted]) => [field, [...wanted].sort()])
      .sort(([a], [b]) => (a < b ? -1 : 1)),
    query.q,
    period.from,
    period.to,
  ]);
}

/** The post-mortems a library query and period select, in no particular order. */
function selectedRows(
  views: PostmortemViews,
  query: ListQuery,
  period: Period,
): readonly PostmortemSummary[] {
  return filterRows(
    rowsInPeriod(views, period),
    { ...query, sort: undefined },
    postmortemFields,
  );
}

const analytics = new AnswerCache<PostmortemViews, PostmortemAnalytics>();

/**
 * The analytics over the rows a library query and period select, computed once per views and
 * normalized question: dashboards ask the same few questions again and again.
 */
function postmortemAnalytics(
  views: PostmortemViews,
  query: ListQuery,
  period: Period,
): PostmortemAnalytics {
  return analytics.get(views, selectionKey(query, period), () =>
    analyzePostmortems(selectedRows(views, query, period), {
      today: views.today,
      ...period,
    }),
  );
}

const reliability = new AnswerCache<PostmortemViews, ReliabilityFigures[]>();

/**
 * The reliability figures by one dimension over the rows a library query and period select,
 * computed once per views and question: paging and sorting through them then reuse one array.
 */
function reliabilityFigures(
  views: PostmortemViews,
  query: ListQuery,
  period: Period,
  dimension: ReliabilityDimension,
): ReliabilityFigures[] {
  return reliability.get(
    views,
    `${dimension} ${selectionKey(query, period)}`,
    () => reliabilityBy(selectedRows(views, query, period), dimension),
  );
}

/**
 * How `GET /analytics/reliability` sorts and pages the figures; the post-mortems they are
 * computed over are selected by `postmortemFields`' filters. Unsorted, the busiest come first.
 */
export const reliabilityFields: ListFields<ReliabilityFigures> = {
  filters: {},
  sorts: {
    key: row => row.key,
    incidents: row => row.incidents,
    customerImpacting: row => row.customerImpacting,
    mttdMinutes: row => row.mttdMinutes,
    mttrMinutes: row => row.mttrMinutes,
    mtbfDays: row => row.mtbfDays,
  } satisfies Record<
    ReliabilitySortField,
    ListFields<ReliabilityFigures>['sorts'][string]
  >,
  text: row => row.key,
};

/** The figures' part of a reliability request: its sort and page; the rest selected the rows. */
function figuresQuery(query: ListQuery): ListQuery {
  return { ...query, filters: {}, q: undefined };
}

/** The reliability figures as a spreadsheet, the group's column named after the dimension. */
const reliabilityCsvColumns = (
  dimension: ReliabilityDimension,
): CsvColumn<ReliabilityFigures>[] => [
  { header: dimension, value: row => row.key },
  { header: 'Incidents', value: row => row.incidents },
  {
    header: 'Customer-impacting incidents',
    value: row => row.customerImpacting,
  },
  { header: 'MTTD (minutes)', value: row => csvFigure(row.mttdMinutes) },
  { header: 'MTTR (minutes)', value: row => csvFigure(row.mttrMinutes) },
  { header: 'MTBF (days)', value: row => csvFigure(row.mtbfDays) },
];

/** A figure for a CSV cell: rounded to two decimals, empty when absent. */
function csvFigure(value: number | undefined) {
  return value === undefined ? undefined : Math.round(value * 100) / 100;
}

/**
 * The post-mortems model: the library, its facets and analytics and the open actions, derived
 * from the records index's current snapshot as of the clock's day. The router turns requests
 * into these calls; answers are shared objects (send them with `sendSharedJson`, never modify).
 */
export class PostmortemsService {
  private readonly facetAnswers = new WeakMap<
    PostmortemViews,
    {
      taxonomy: RootCauseTaxonomy | undefined;
      facets: PostmortemFacets['facets'];
      value: PostmortemFacets;
    }
  >();

  constructor(
    private readonly options: {
      index: RecordsIndexService;
      /** The time deadlines and ages are computed against; tests fix it. */
      clock: () => Date;
      /** The root-cause taxonomy, for the titles of tags; without it, tags show as ids. */
      taxonomy?: () => Promise<RootCauseTaxonomy | undefined>;
    },
  ) {}

  /** Builds the views of a snapshot, for the records index's `addPreparation`. */
  static prepare(snapshot: RecordsSnapshot, clock: () => Date): void {
    postmortemViews(snapshot, utcDate(clock()));
  }

  async listPostmortems(query: ListQuery, period: Period) {
    const rows = rowsInPeriod(await this.views(), period);
    return applyListQuery(rows, query, postmortemFields);
  }

  async exportPostmortems(query: ListQuery, period: Period): Promise<string> {
    const rows = rowsInPeriod(await this.views(), period);
    return toCsv(
      filterRows(rows, query, postmortemFields),
      postmortemCsvColumns,
    );
  }

  /**
   * Every value of each field (the taxonomy's tags titled) and the trimmed answer of
   * `GET /facets`; the same objects while the snapshot and the taxonomy stand.
   */
  private async facetsOfSnapshot() {
    const [views, taxonomy] = await Promise.all([
      this.views(),
      this.taxonomy(),
    ]);
    // Titled here, not in the cached views: the taxonomy file changes on its own, and then
    // loads as a new object.
    let answer = this.facetAnswers.get(views);
    if (!answer || answer.taxonomy !== taxonomy) {
      const titles = taxonomy ? taxonomyTitles(taxonomy) : new Map();
      const facets = {
        ...views.facets,
        taxonomy: views.facets.taxonomy.map(value => ({
          ...value,
          title: titles.get(value.value),
        })),
      };
      answer = {
        taxonomy,
        facets,
        value: { today: views.today, ...trimFacets(facets) },
      };
      this.facetAnswers.set(views, answer);
    }
    return answer;
  }

  /** What the filter menus show of each field, and how many values each has. */
  async getFacets(): Promise<PostmortemFacets> {
    return (await this.facetsOfSnapshot()).value;
  }

  /** A field's values that contain the text, for a filter menu's search. */
  async searchFacet(
    field: PostmortemFacetField,
    text: string,
  ): Promise<FacetSearch> {
    const { facets } = await this.facetsOfSnapshot();
    return searchFacetValues(field, facets[field], text);
  }

  async getTaxonomy(): Promise<RootCauseTaxonomy> {
    return { categories: (await this.taxonomy())?.categories ?? [] };
  }

  async getAnalytics(
    query: ListQuery,
    period: Period,
  ): Promise<PostmortemAnalytics> {
    return postmortemAnalytics(await this.views(), query, period);
  }

  /**
   * A page of the reliability figures by `dimension` over the post-mortems the query's filters,
   * search and period select, in the query's sort.
   */
  async listReliability(
    query: ListQuery,
    period: Period,
    dimension: ReliabilityDimension,
  ): Promise<ListPage<ReliabilityFigures>> {
    const figures = reliabilityFigures(
      await this.views(),
      query,
      period,
      dimension,
    );
    return applyListQuery(figures, figuresQuery(query), reliabilityFields);
  }

  /** Every group's reliability figures as `listReliability` selects and sorts them, as CSV. */
  async exportReliability(
    query: ListQuery,
    period: Period,
    dimension: ReliabilityDimension,
  ): Promise<string> {
    const figures = reliabilityFigures(
      await this.views(),
      query,
      period,
      dimension,
    );
    return toCsv(
      filterRows(figures, figuresQuery(query), reliabilityFields),
      reliabilityCsvColumns(dimension),
    );
  }

  async listActions(query: ListQuery) {
    return applyListQuery((await this.views()).actions, query, actionFields);
  }

  async exportActions(query: ListQuery): Promise<string> {
    const items = filterRows((await this.views()).actions, query, actionFields);
    return toCsv(items, actionCsvColumns);
  }

  /**
   * The draft of a post-mortem's DORA reports, its clocks as of now.
   *
   * @throws NotFoundError when no post-mortem has this namespace and name
   */
  async getDoraReport(
    namespace: string,
    name: string,
  ): Promise<DoraReportDraft> {
    const snapshot = await this.options.index.snapshot();
    const ref = `postmortem:${namespace}/${name}`.toLocaleLowerCase('en-US');
    const postmortem = snapshot.byRef.get(ref);
    if (!postmortem || !isPostmortemEntity(postmortem)) {
      throw new NotFoundError(`No post-mortem ${ref}`);
    }
    return draftDoraReport(postmortem, this.options.clock().getTime());
  }

  private async views(): Promise<PostmortemViews> {
    const { index, clock } = this.options;
    return postmortemViews(await index.snapshot(), utcDate(clock()));
  }

  private async taxonomy(): Promise<RootCauseTaxonomy | undefined> {
    return this.options.taxonomy?.();
  }
}
