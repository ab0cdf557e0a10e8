import { useEffect, useId, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { SearchIcon } from '@/components/ui/icons';
import { LoadError } from '@/components/ui/load-error';
import { Spinner } from '@/components/ui/spinner';

import { useDirectory } from '../api/get-directory';
import { useTeams } from '../api/get-teams';
import { people } from '../utils/format';

import { PersonCard } from './person-card';

const searchDelayMs = 250;

// The search and the team live in the URL (?q=, ?team=), so a search can be shared, reloaded and
// left with the back button.
export const Directory = () => {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.get('q') ?? '';
  const teamId = searchParams.get('team') ?? '';
  const [text, setText] = useState(query);
  const searchId = useId();
  const teamSelectId = useId();
  const typingTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(typingTimer.current), []);

  // Typing reaches the URL once it pauses; replace, so that every keystroke is not a history entry.
  const type = (value: string) => {
    setText(value);
    clearTimeout(typingTimer.current);
    typingTimer.current = setTimeout(
      () =>
        setSearchParams(
          (current) => {
            const next = new URLSearchParams(current);
            if (value.trim()) next.set('q', value.trim());
            else next.delete('q');
            return next;
          },
          { replace: true },
        ),
      searchDelayMs,
    );
  };

  // The back button (or a link) changed the search: show it in the box. (Adjusted while rendering,
  // as React advises for state that follows a prop, rather than in an effect.)
  const [shownQuery, setShownQuery] = useState(query);
  if (query !== shownQuery) {
    setShownQuery(query);
    if (text.trim() !== query) setText(query);
  }

  const setTeam = (id: string) =>
    setSearchParams((current) => {
      const next = new URLSearchParams(current);
      if (id) next.set('team', id);
      else next.delete('team');
      return next;
    });

  const teams = useTeams();
  const directory = useDirectory({ search: query, teamId });
  const teamName = teams.data?.find((team) => team.id === teamId)?.name;

  return (
    <div className="directory">
      <form className="directory__filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <div className="field directory__search">
          <label htmlFor={searchId} className="field__label">
            Search
          </label>
          <div className="input-with-icon">
            <SearchIcon />
            <input
              id={searchId}
              type="search"
              className="input"
              placeholder="Name, email, title or team"
              autoComplete="off"
              spellCheck={false}
              value={text}
              onChange={(event) => type(event.target.value)}
            />
          </div>
        </div>
        <div className="field directory__team">
          <label htmlFor={teamSelectId} className="field__label">
            Team
          </label>
          <select
            id={teamSelectId}
            className="input"
            value={teamId}
            disabled={teams.isPending}
            onChange={(event) => setTeam(event.target.value)}
          >
            <option value="">All teams</option>
            {teams.data?.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name} ({team.memberCount})
              </option>
            ))}
          </select>
        </div>
      </form>

      <DirectoryResults directory={directory} query={query} teamName={teamName} searching={text.trim() !== query} />
    </div>
  );
};

type DirectoryResultsProps = {
  directory: ReturnType<typeof useDirectory>;
  query: string;
  teamName?: string;
  /** The person is still typing: the results are about to change. */
  searching: boolean;
};

const DirectoryResults = ({ directory, query, teamName, searching }: DirectoryResultsProps) => {
  if (directory.isPending) return <Spinner label="Loading the directory…" />;
  if (!directory.data) {
    return (
      <LoadError title="The directory could not be loaded" error={directory.error} onRetry={() => void directory.refetch()} />
    );
  }

  const pages = directory.data.pages;
  const total = pages[0]?.totalCount ?? 0;
  const entries = pages.flatMap((page) => page.nodes);
  const updating = searching || (directory.isPlaceholderData && directory.isFetching);
  const filtered = Boolean(query || teamName);

  return (
    <section className="directory__results" aria-label="Results" aria-busy={updating}>
      <p className="directory__count" role="status" data-testid="directory-count">
        {filtered ? `${people(total)} ${total === 1 ? 'matches' : 'match'}` : `${people(total)} in the directory`}
        {updating ? <span className="muted"> · Searching…</span> : null}
      </p>

      {entries.length === 0 ? (
        <EmptyState
          icon={<SearchIcon />}
          title={
            query
              ? `No one matches “${query}”${teamName ? ` in ${teamName}` : ''}`
              : teamName
                ? `No one is in ${teamName}`
                : 'No one is in the directory yet'
          }
          description={
            filtered
              ? 'Check the spelling, try part of a name, or search all teams.'
              : 'HR admins add people with the organisation import.'
          }
        />
      ) : (
        <>
          <ul className="person-grid" aria-label="People">
            {entries.map((person) => (
              <li key={person.id}>
                <PersonCard person={person} />
              </li>
            ))}
          </ul>
          {directory.hasNextPage ? (
            <div className="directory__more">
              <p className="muted">
                Showing {entries.length.toLocaleString()} of {total.toLocaleString()}
              </p>
              <button
                type="button"
                className="button button--secondary"
                disabled={directory.isFetchingNextPage}
                onClick={() => void directory.fetchNextPage()}
              >
                {directory.isFetchingNextPage ? 'Loading…' : 'Load more'}
              </button>
            </div>
          ) : null}
          {directory.isFetchNextPageError ? (
            <p className="field__error" role="alert">
              More people could not be loaded: {directory.error?.message}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
};
