import { useMemo } from 'react';
import { useSearchParams } from 'react-router';

import { Spinner } from '@/components/ui/spinner';
import { plural } from '@/lib/format';

import { useHrDashboard, type HrDashboard } from '../api/get-hr-dashboard';
import { narrowsBelowTeams, readCompanyFilter, writeListFilter, type CompanyFilter, type ListFilter } from '../utils/company-filter';
import { formatPeriod, formatShare } from '../utils/format';
import { writePeriod, type PeriodChoice } from '../utils/period';
import { CompanyFilters } from './company-filters';
import { dashboardProblem, DashboardUnavailable } from './dashboard-problem';
import { EnpsTrend } from './enps-trend';
import { IdeaFunnel } from './idea-funnel';
import { InsightTiles, type InsightTile } from './insight-tiles';
import { OneOnOneAdherence } from './one-on-one-adherence';
import { PeriodPicker } from './period-picker';
import { RecognitionByValue } from './recognition-by-value';
import { RecognitionFlows } from './recognition-flows';
import { RecognitionTrend } from './recognition-trend';

/** The company, or the people matching every filter in the URL (?team=, ?level=, ?tz=, each repeatable; ?from=, ?to=). */
export const CompanyInsights = () => {
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = readCompanyFilter(searchParams);
  const dashboard = useHrDashboard(filter);
  const problem = dashboardProblem(dashboard.error);

  const update = (next: URLSearchParams) => setSearchParams(next, { replace: true, preventScrollReset: true });
  const choosePeriod = (choice: PeriodChoice) => update(writePeriod(searchParams, choice));
  const chooseList = (name: ListFilter, values: ReadonlyArray<string>) => update(writeListFilter(searchParams, name, values));
  const clearFilters = () => {
    const next = new URLSearchParams(searchParams);
    for (const name of ['team', 'level', 'tz']) next.delete(name);
    update(next);
  };

  return (
    <div className="insights">
      <div className="card insights__controls">
        <PeriodPicker
          choice={filter}
          shown={dashboard.data?.period}
          error={problem?.kind === 'period' ? problem.message : undefined}
          onChange={choosePeriod}
        />
        <CompanyFilters filter={filter} onChange={chooseList} onClear={clearFilters} error={problem?.kind === 'filter' ? problem.message : undefined} />
      </div>
      {dashboard.isPending ? (
        <Spinner label="Loading company insights…" />
      ) : dashboard.data ? (
        <div aria-busy={dashboard.isPlaceholderData} className={`insights__body${dashboard.isPlaceholderData ? ' is-refreshing' : ''}`}>
          <CompanyDashboardView dashboard={dashboard.data} filter={filter} />
        </div>
      ) : problem ? (
        <DashboardUnavailable problem={problem} error={dashboard.error} what="company dashboard" onRetry={() => void dashboard.refetch()} />
      ) : null}
    </div>
  );
};

const wide = 'chart-panel--wide';

const CompanyDashboardView = ({ dashboard, filter }: { dashboard: HrDashboard; filter: CompanyFilter }) => {
  const { period } = dashboard;
  const fileName = (what: string) => `company-${what}-${period.from}-to-${period.to}`;
  const filtered = filter.teamIds.length + filter.levels.length + filter.timeZones.length > 0;
  const who = filtered ? 'the people in the filter' : 'everyone';
  const tiles = useMemo(() => companyTiles(dashboard), [dashboard]);
  return (
    <>
      <p className="insights__scope" data-testid="insights-scope">
        {filtered ? 'People matching the filters' : 'The whole company'}, {plural(dashboard.headcount, 'person', 'people')}: {formatPeriod(period)} (days in{' '}
        {period.timeZone}).
        {narrowsBelowTeams(filter) ? ' Survey results are shown for whole teams only, so eNPS is withheld under a level or time zone filter.' : ''}
      </p>
      <InsightTiles tiles={tiles} />
      <div className="insights__grid">
        <EnpsTrend rounds={dashboard.enps} fileName={fileName('enps')} />
        <RecognitionByValue values={dashboard.recognitionByValue} fileName={fileName('recognition-by-value')} />
        <RecognitionTrend points={dashboard.recognition} period={period} who={who} fileName={fileName('recognition')} className={wide} />
        <RecognitionFlows flows={dashboard.recognitionFlows} fileName={fileName('recognition-between-teams')} className={wide} />
        <OneOnOneAdherence rows={dashboard.oneOnOnesByManager} per="manager" fileName={fileName('one-on-ones')} className={wide} />
        <IdeaFunnel ideas={dashboard.ideas} who={filtered ? 'the people in the filter' : 'people'} fileName={fileName('ideas')} className={wide} />
      </div>
    </>
  );
};

function companyTiles(dashboard: HrDashboard): InsightTile[] {
  const { participation } = dashboard;
  return [
    { label: 'Headcount', value: dashboard.headcount.toLocaleString(), note: 'active people counted', testId: 'tile-headcount' },
    {
      label: 'Recognition reach',
      value: formatShare(dashboard.reach),
      note: `${dashboard.recognisedPeople.toLocaleString()} people received ${plural(dashboard.kudos, 'kudos', 'kudos')}`,
      testId: 'tile-reach',
    },
    { label: 'Check-in participation', value: formatShare(participation.checkIns), note: 'of the weekly check-ins due', testId: 'tile-check-ins' },
    { label: 'Giving kudos', value: formatShare(participation.kudosGiving), note: 'of people gave kudos', testId: 'tile-kudos-giving' },
    {
      label: 'Latest pulse',
      value: participation.latestPulse === null ? '—' : formatShare(participation.latestPulse),
      note: participation.latestPulse === null ? 'no pulse round in the period' : 'answered the latest round',
      testId: 'tile-pulse',
    },
  ];
}
