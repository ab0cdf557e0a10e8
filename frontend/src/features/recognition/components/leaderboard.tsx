import { useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import { Avatar } from '@/components/ui/avatar';
import { EmptyState } from '@/components/ui/empty-state';
import { ChartIcon } from '@/components/ui/icons';
import { LoadError } from '@/components/ui/load-error';
import { OptionGroup } from '@/components/ui/option-group';
import { Spinner } from '@/components/ui/spinner';
import { personPath } from '@/config/paths';
import type { LeaderboardKind, LeaderboardPeriod } from '@/lib/gql/graphql';
import { plural } from '@/lib/format';

import { useLeaderboard, type LeaderboardEntry, type LeaderboardFilter } from '../api/get-leaderboard';
import { useLeaderboardFilters } from '../api/get-leaderboard-filters';
import { useKudosGivenSubscription } from '../api/kudos-given';

const kinds: ReadonlyArray<{ value: LeaderboardKind; label: string; param: string }> = [
  { value: 'MOST_RECOGNISED', label: 'Most recognised', param: 'recognised' },
  { value: 'MOST_RECOGNISING', label: 'Most recognising', param: 'recognising' },
];

const periods: ReadonlyArray<{ value: LeaderboardPeriod; label: string; param: string; phrase: string }> = [
  { value: 'MONTH', label: 'Month', param: 'month', phrase: 'this month' },
  { value: 'QUARTER', label: 'Quarter', param: 'quarter', phrase: 'this quarter' },
  { value: 'YEAR', label: 'Year', param: 'year', phrase: 'this year' },
];

type View = 'chart' | 'table';

// The filters live in the URL (?kind=, ?period=, ?value=, ?team=), so a board can be shared and reloaded.
export const Leaderboard = ({ viewerId }: { viewerId: string }) => {
  const [searchParams, setSearchParams] = useSearchParams();
  const kind = kinds.find((option) => option.param === searchParams.get('kind')) ?? kinds[0];
  const period = periods.find((option) => option.param === searchParams.get('period')) ?? periods[0];
  const filter: LeaderboardFilter = {
    kind: kind.value,
    period: period.value,
    value: searchParams.get('value') ?? '',
    teamId: searchParams.get('team') ?? '',
  };
  const [view, setView] = useState<View>('chart');
  const valueSelectId = useId();
  const teamSelectId = useId();

  const filters = useLeaderboardFilters();
  const board = useLeaderboard(filter);
  // New kudos move the board while it is open.
  useKudosGivenSubscription({ viewerId });

  const setParam = (name: string, value: string, fallback = '') =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value && value !== fallback) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );

  const teamName = filters.data?.teams.find((team) => team.id === filter.teamId)?.name;
  const caption = [
    kind.label,
    period.phrase,
    filter.value ? `for “${filter.value}”` : '',
    teamName ? `in ${teamName}` : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div className="leaderboard">
      <form className="card leaderboard__filters" onSubmit={(event) => event.preventDefault()} aria-label="Leaderboard filters">
        <OptionGroup
          label="Show"
          options={kinds}
          value={kind.value}
          onChange={(value) => setParam('kind', kinds.find((option) => option.value === value)?.param ?? '', kinds[0].param)}
        />
        <OptionGroup
          label="Period"
          options={periods}
          value={period.value}
          onChange={(value) =>
            setParam('period', periods.find((option) => option.value === value)?.param ?? '', periods[0].param)
          }
        />
        <div className="field">
          <label className="field__label" htmlFor={valueSelectId}>
            Value
          </label>
          <select
            id={valueSelectId}
            className="input"
            value={filter.value}
            disabled={filters.isPending}
            onChange={(event) => setParam('value', event.target.value)}
          >
            <option value="">All values</option>
            {filters.data?.company.values.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={teamSelectId}>
            Team
          </label>
          <select
            id={teamSelectId}
            className="input"
            value={filter.teamId}
            disabled={filters.isPending}
            onChange={(event) => setParam('team', event.target.value)}
          >
            <option value="">All teams</option>
            {filters.data?.teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        </div>
      </form>

      <section className="card leaderboard__results" aria-labelledby="leaderboard-caption" aria-busy={board.isFetching}>
        <header className="leaderboard__header">
          <h2 id="leaderboard-caption" className="section-title" data-testid="leaderboard-caption">
            {caption}
          </h2>
          <OptionGroup
            label="View as"
            hideLabel
            options={[
              { value: 'chart', label: 'Chart' },
              { value: 'table', label: 'Table' },
            ]}
            value={view}
            onChange={setView}
          />
        </header>
        <LeaderboardResults board={board} kind={kind.value} caption={caption} view={view} viewerId={viewerId} />
      </section>
    </div>
  );
};

type LeaderboardResultsProps = {
  board: ReturnType<typeof useLeaderboard>;
  kind: LeaderboardKind;
  caption: string;
  view: View;
  viewerId: string;
};

const LeaderboardResults = ({ board, kind, caption, view, viewerId }: LeaderboardResultsProps) => {
  if (board.isPending) return <Spinner label="Loading the leaderboard…" />;
  if (!board.data) {
    return <LoadError title="The leaderboard could not be loaded" error={board.error} onRetry={() => void board.refetch()} />;
  }
  if (board.data.length === 0) {
    return (
      <EmptyState
        icon={<ChartIcon />}
        title={kind === 'MOST_RECOGNISED' ? 'No one has been recognised in this period yet' : 'No one has given kudos in this period yet'}
        description="Kudos given now show up here straight away. Try a longer period, or fewer filters."
      />
    );
  }
  return view === 'chart' ? (
    <LeaderboardChart entries={board.data} kind={kind} caption={caption} viewerId={viewerId} />
  ) : (
    <LeaderboardTable entries={board.data} kind={kind} caption={caption} />
  );
};

type EntriesProps = { entries: ReadonlyArray<LeaderboardEntry>; kind: LeaderboardKind; caption: string };

const kudosLabel = (kind: LeaderboardKind) => (kind === 'MOST_RECOGNISED' ? 'received' : 'given');

/** The ranked list drawn as bars (kudos count, which ranks the board); the numbers are written out as text. */
const LeaderboardChart = ({ entries, kind, caption, viewerId }: EntriesProps & { viewerId: string }) => {
  const most = Math.max(1, ...entries.map((entry) => entry.kudosCount));
  return (
    <ol className="leaderboard-chart" aria-label={caption} data-testid="leaderboard">
      {entries.map((entry) => (
        <li
          key={entry.employee.id}
          className={`leaderboard-row${entry.employee.id === viewerId ? ' leaderboard-row--me' : ''}`}
          data-testid="leaderboard-entry"
        >
          <span className="leaderboard-row__rank">
            <span className="visually-hidden">Rank </span>
            {entry.rank}
          </span>
          <Avatar name={entry.employee.name} size="small" />
          <div className="leaderboard-row__person">
            <Link to={personPath(entry.employee.id)} className="leaderboard-row__name">
              {entry.employee.name}
            </Link>
            <span className="leaderboard-row__title">{entry.employee.title}</span>
          </div>
          <div className="leaderboard-row__bar" aria-hidden="true">
            <span style={{ width: `${(entry.kudosCount / most) * 100}%` }} />
          </div>
          <p className="leaderboard-row__numbers">
            <span className="leaderboard-row__kudos">
              {plural(entry.kudosCount, 'kudos', 'kudos')} {kudosLabel(kind)}
            </span>
            <span className="leaderboard-row__points">{plural(entry.points, 'point', 'points')}</span>
          </p>
        </li>
      ))}
    </ol>
  );
};

const LeaderboardTable = ({ entries, kind, caption }: EntriesProps) => (
  <div className="table-wrapper leaderboard-table">
    <table className="table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="table__number">
            Rank
          </th>
          <th scope="col">Name</th>
          <th scope="col" className="table__number">
            Kudos {kudosLabel(kind)}
          </th>
          <th scope="col" className="table__number">
            Points {kudosLabel(kind)}
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.employee.id}>
            <td className="table__number">{entry.rank}</td>
            <td>
              <Link to={personPath(entry.employee.id)}>{entry.employee.name}</Link>
              <p className="table__note">{entry.employee.title}</p>
            </td>
            <td className="table__number">{entry.kudosCount.toLocaleString()}</td>
            <td className="table__number">{entry.points.toLocaleString()}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);
