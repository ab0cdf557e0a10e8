import { useId, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { ChartIcon } from '@/components/ui/icons';
import { Spinner } from '@/components/ui/spinner';
import { plural } from '@/lib/format';

import { useManagerDashboard, type ManagerDashboard } from '../api/get-manager-dashboard';
import { useManagersBelow } from '../api/get-managers-below';
import { formatPeriod, formatShare } from '../utils/format';
import { readPeriod, writePeriod, type PeriodChoice } from '../utils/period';
import { CheckInTrend } from './check-in-trend';
import { dashboardProblem, DashboardUnavailable } from './dashboard-problem';
import { IdeaFunnel } from './idea-funnel';
import { InsightTiles, type InsightTile } from './insight-tiles';
import { OneOnOneAdherence } from './one-on-one-adherence';
import { NotRecognised, OpenActionItems, RecognitionByPerson } from './people-tables';
import { PeriodPicker } from './period-picker';
import { RecognitionTrend } from './recognition-trend';

/**
 * A manager's whole reporting line over a period: ?from= and ?to= (the last 90 days when absent) and ?manager= (a
 * manager further down the line; the signed-in manager's own line when absent), so a view can be shared.
 */
export const ManagerInsights = ({ viewerId }: { viewerId: string }) => {
  const [searchParams, setSearchParams] = useSearchParams();
  const period = readPeriod(searchParams);
  const managerId = searchParams.get('manager') || null;
  const dashboard = useManagerDashboard(managerId, period);
  const problem = dashboardProblem(dashboard.error);

  const update = (next: URLSearchParams) => setSearchParams(next, { replace: true, preventScrollReset: true });
  const choosePeriod = (choice: PeriodChoice) => update(writePeriod(searchParams, choice));
  const chooseManager = (id: string) => {
    const next = new URLSearchParams(searchParams);
    if (id && id !== viewerId) next.set('manager', id);
    else next.delete('manager');
    update(next);
  };

  return (
    <div className="insights">
      <div className="card insights__controls">
        <PeriodPicker
          choice={period}
          shown={dashboard.data?.period}
          error={problem?.kind === 'period' ? problem.message : undefined}
          onChange={choosePeriod}
        />
        <LinePicker viewerId={viewerId} shown={dashboard.data?.manager} requestedId={managerId} onChange={chooseManager} />
      </div>
      {dashboard.isPending ? (
        <Spinner label="Loading your team’s insights…" />
      ) : dashboard.data ? (
        <div aria-busy={dashboard.isPlaceholderData} className={`insights__body${dashboard.isPlaceholderData ? ' is-refreshing' : ''}`}>
          <ManagerDashboardView dashboard={dashboard.data} isMine={dashboard.data.manager.id === viewerId} />
        </div>
      ) : problem ? (
        <DashboardUnavailable problem={problem} error={dashboard.error} what="team dashboard" onRetry={() => void dashboard.refetch()} />
      ) : null}
    </div>
  );
};

type LinePickerProps = {
  viewerId: string;
  /** The manager whose line is shown. */
  shown: ManagerDashboard['manager'] | undefined;
  requestedId: string | null;
  onChange: (managerId: string) => void;
};

/** Down the line one manager at a time, and back to one's own line; only when there is somewhere to go. */
const LinePicker = ({ viewerId, shown, requestedId, onChange }: LinePickerProps) => {
  const id = useId();
  const below = useManagersBelow(shown?.id);
  const viewingOther = Boolean(requestedId && requestedId !== viewerId);
  if (!viewingOther && !below.data?.length) return null;
  return (
    <div className="field insights__line">
      <label className="field__label" htmlFor={id}>
        Reporting line of
      </label>
      <select id={id} className="input" value={shown?.id === viewerId ? '' : (shown?.id ?? requestedId ?? '')} onChange={(event) => onChange(event.target.value)}>
        <option value="">Me (my whole line)</option>
        {shown && shown.id !== viewerId ? <option value={shown.id}>{shown.name}</option> : null}
        {(below.data ?? []).map((manager) => (
          <option key={manager.id} value={manager.id}>
            {shown && shown.id !== viewerId ? `↳ ${manager.name}` : manager.name}
          </option>
        ))}
      </select>
    </div>
  );
};

const wide = 'chart-panel--wide';

const ManagerDashboardView = ({ dashboard, isMine }: { dashboard: ManagerDashboard; isMine: boolean }) => {
  const { period } = dashboard;
  const fileName = (what: string) => `team-${what}-${period.from}-to-${period.to}`;
  const who = isMine ? 'your reporting line' : `${dashboard.manager.name}’s reporting line`;
  const tiles = useMemo(() => managerTiles(dashboard), [dashboard]);

  if (dashboard.people === 0) {
    return <EmptyState icon={<ChartIcon />} title="No one in this line yet" description="Insights show here once people report to this manager." />;
  }
  return (
    <>
      <p className="insights__scope" data-testid="insights-scope">
        {isMine ? 'Your' : `${dashboard.manager.name}’s`} whole reporting line, {plural(dashboard.people, 'person', 'people')}:{' '}
        {formatPeriod(period)} (days in {period.timeZone}).
      </p>
      <InsightTiles tiles={tiles} />
      <div className="insights__grid">
        <RecognitionTrend points={dashboard.recognition} period={period} who={who} fileName={fileName('recognition')} className={wide} />
        <CheckInTrend weeks={dashboard.checkIns} fileName={fileName('check-ins')} className={wide} />
        <OneOnOneAdherence rows={dashboard.oneOnOnes} per="report" fileName={fileName('one-on-ones')} />
        <IdeaFunnel ideas={dashboard.ideas} who={`people in ${who}`} fileName={fileName('ideas')} />
        <NotRecognised groups={dashboard.notRecognised} fileName={fileName('not-recognised')} />
        <OpenActionItems owners={dashboard.openActionItems} fileName={fileName('action-items')} />
        <RecognitionByPerson people={dashboard.recognitionByPerson} fileName={fileName('recognition-by-person')} className={wide} />
      </div>
    </>
  );
};

const sum = <T,>(items: ReadonlyArray<T>, of: (item: T) => number) => items.reduce((total, item) => total + of(item), 0);

function managerTiles(dashboard: ManagerDashboard): InsightTile[] {
  const recognised = dashboard.recognitionByPerson.filter((row) => row.received > 0).length;
  const checkIns = sum(dashboard.checkIns, (week) => week.submitted);
  const checkInsDue = sum(dashboard.checkIns, (week) => week.people);
  const expected = sum(dashboard.oneOnOnes, (row) => row.expected);
  const held = sum(dashboard.oneOnOnes, (row) => row.held);
  const open = sum(dashboard.openActionItems, (row) => row.open);
  const overdue = sum(dashboard.openActionItems, (row) => row.overdue);
  return [
    { label: 'People', value: dashboard.people.toLocaleString(), note: 'in the line, at any depth', testId: 'tile-people' },
    {
      label: 'Recognised',
      value: dashboard.people > 0 ? formatShare(recognised / dashboard.people) : '—',
      note: `${recognised.toLocaleString()} of ${dashboard.people.toLocaleString()} received kudos`,
      testId: 'tile-reach',
    },
    {
      label: 'Check-ins',
      value: checkInsDue > 0 ? formatShare(checkIns / checkInsDue) : '—',
      note: `${plural(checkIns, 'check-in', 'check-ins')} of ${checkInsDue.toLocaleString()} possible`,
      testId: 'tile-check-ins',
    },
    {
      label: '1:1s held',
      value: expected > 0 ? formatShare(held / expected) : '—',
      note: `${held.toLocaleString()} of ${expected.toLocaleString()} due`,
      testId: 'tile-one-on-ones',
    },
    {
      label: 'Open action items',
      value: open.toLocaleString(),
      note: overdue > 0 ? <strong className="insights-overdue">{overdue.toLocaleString()} overdue</strong> : 'none overdue',
      testId: 'tile-action-items',
    },
  ];
}
