import { useEffect, useId, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { LightbulbIcon, SearchIcon } from '@/components/ui/icons';
import { LoadError } from '@/components/ui/load-error';
import { OptionGroup } from '@/components/ui/option-group';
import { Spinner } from '@/components/ui/spinner';
import { useNow } from '@/hooks/use-now';
import { plural } from '@/lib/format';

import { useIdeaFilters } from '../api/get-idea-filters';
import { useIdeas } from '../api/get-ideas';
import { boardFilterOf, isFiltered, sortOptions, sortParam, type BoardFilter } from '../utils/board-filter';
import { statusLabels, statusOrder } from '../utils/status';

import { IdeaCard } from './idea-card';

const searchDelayMs = 300;

// Filters, sort and search live in the URL (?status=, ?category=, ?team=, ?mine=1, ?sort=, ?q=).
export const IdeasBoard = () => {
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = boardFilterOf(searchParams);
  const [text, setText] = useState(filter.search);
  const ids = { search: useId(), status: useId(), category: useId(), team: useId(), mine: useId() };
  const typingTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(typingTimer.current), []);

  const setParam = (name: string, value: string, options: { replace?: boolean } = {}) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: options.replace ?? false, preventScrollReset: true },
    );

  // Typing reaches the URL once it pauses; replace, so that every keystroke is not a history entry.
  const type = (value: string) => {
    setText(value);
    clearTimeout(typingTimer.current);
    typingTimer.current = setTimeout(() => setParam('q', value.trim(), { replace: true }), searchDelayMs);
  };

  // Back (or a link) changed the search: show it in the box (adjusted while rendering, as React advises).
  const [shownSearch, setShownSearch] = useState(filter.search);
  if (filter.search !== shownSearch) {
    setShownSearch(filter.search);
    if (text.trim() !== filter.search) setText(filter.search);
  }

  const options = useIdeaFilters();
  const filtered = isFiltered(filter);

  return (
    <div className="ideas-board">
      <form className="card ideas-board__filters" role="search" aria-label="Ideas" onSubmit={(event) => event.preventDefault()}>
        <div className="ideas-board__row">
          <div className="field ideas-board__search">
            <label htmlFor={ids.search} className="field__label">
              Search ideas
            </label>
            <div className="input-with-icon">
              <SearchIcon />
              <input
                id={ids.search}
                type="search"
                className="input"
                placeholder="Words, “a phrase”, -without"
                autoComplete="off"
                value={text}
                onChange={(event) => type(event.target.value)}
              />
            </div>
          </div>
          <OptionGroup
            label="Sort by"
            options={sortOptions}
            value={filter.sort}
            onChange={(sort) => setParam('sort', sort === sortOptions[0].value ? '' : sortParam(sort), { replace: true })}
          />
        </div>
        <div className="ideas-board__row ideas-board__row--selects">
          <div className="field">
            <label className="field__label" htmlFor={ids.status}>
              Status
            </label>
            <select
              id={ids.status}
              className="input"
              value={filter.status}
              onChange={(event) => setParam('status', event.target.value)}
            >
              <option value="">Any status</option>
              {statusOrder.map((status) => (
                <option key={status} value={status}>
                  {statusLabels[status]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={ids.category}>
              Category
            </label>
            <select
              id={ids.category}
              className="input"
              value={filter.category}
              disabled={options.isPending}
              onChange={(event) => setParam('category', event.target.value)}
            >
              <option value="">All categories</option>
              {options.data?.ideaCategories.map((category) => (
                <option key={category} value={category}>
                  {category}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={ids.team}>
              Team
            </label>
            <select
              id={ids.team}
              className="input"
              value={filter.teamId}
              disabled={options.isPending}
              onChange={(event) => setParam('team', event.target.value)}
            >
              <option value="">All teams</option>
              {options.data?.teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field ideas-board__mine">
            <label className="checkbox" htmlFor={ids.mine}>
              <input
                id={ids.mine}
                type="checkbox"
                checked={filter.mine}
                onChange={(event) => setParam('mine', event.target.checked ? '1' : '')}
              />
              <span>Only my ideas</span>
            </label>
          </div>
        </div>
        {options.isError ? (
          <p className="field__error">
            Categories and teams could not be loaded: {options.error.message}{' '}
            <button type="button" className="link-button" onClick={() => void options.refetch()}>
              Try again
            </button>
          </p>
        ) : null}
        {filter.mine ? (
          <p className="field__hint">Ideas you submitted anonymously are not listed here: nothing links them to you.</p>
        ) : null}
        {filter.sort === 'OLDEST_UNANSWERED' ? (
          <p className="field__hint">Only new ideas still waiting for their first answer, the longest waiting first.</p>
        ) : null}
      </form>

      <BoardResults
        filter={filter}
        filtered={filtered}
        searching={text.trim() !== filter.search}
        onClear={() => {
          setText('');
          setSearchParams(filter.sort === sortOptions[0].value ? {} : { sort: sortParam(filter.sort) }, { preventScrollReset: true });
        }}
      />
    </div>
  );
};

type BoardResultsProps = {
  filter: BoardFilter;
  filtered: boolean;
  /** Still typing: the results are about to change. */
  searching: boolean;
  onClear: () => void;
};

const BoardResults = ({ filter, filtered, searching, onClear }: BoardResultsProps) => {
  const board = useIdeas(filter);
  const now = useNow();

  if (board.isPending) return <Spinner label="Loading ideas…" />;
  if (!board.data) return <LoadError title="The ideas could not be loaded" error={board.error} onRetry={() => void board.refetch()} />;

  const total = board.data.pages[0]?.totalCount ?? 0;
  // Pages are offsets into a list that moves (new ideas, votes): an idea may come again on a later page.
  const ideas = [...new Map(board.data.pages.flatMap((page) => page.nodes).map((idea) => [idea.id, idea])).values()];
  const updating = searching || (board.isPlaceholderData && board.isFetching);

  return (
    <section className="ideas-board__results" aria-label="Ideas found" aria-busy={updating}>
      <div className="ideas-board__summary">
        <p className="ideas-board__count" role="status" data-testid="ideas-count">
          {filtered ? `${plural(total, 'idea matches', 'ideas match')}` : `${plural(total, 'idea', 'ideas')} on the board`}
          {updating ? <span className="muted"> · Searching…</span> : null}
        </p>
        {filtered ? (
          <button type="button" className="link-button" onClick={onClear}>
            Clear search and filters
          </button>
        ) : null}
      </div>
      {board.isError && !board.isFetchNextPageError ? (
        <LoadError title="The ideas could not be updated" error={board.error} onRetry={() => void board.refetch()} />
      ) : null}
      {ideas.length === 0 ? (
        <EmptyState
          icon={filtered ? <SearchIcon /> : <LightbulbIcon />}
          title={filter.search ? `No idea matches “${filter.search}”` : filtered ? 'No idea matches these filters' : 'No ideas yet'}
          description={
            filtered
              ? 'Try other words or fewer filters. Search finds whole words in titles, problems and proposals.'
              : 'Be the first: what would make work better for you, your team or your customers?'
          }
        />
      ) : (
        <ul className="idea-list" aria-label="Ideas">
          {ideas.map((idea) => (
            <li key={idea.id}>
              <IdeaCard idea={idea} now={now} />
            </li>
          ))}
        </ul>
      )}
      {board.hasNextPage ? (
        <div className="directory__more">
          <p className="muted">
            Showing {ideas.length.toLocaleString()} of {total.toLocaleString()}
          </p>
          <button
            type="button"
            className="button button--secondary"
            disabled={board.isFetchingNextPage}
            onClick={() => void board.fetchNextPage()}
          >
            {board.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </button>
        </div>
      ) : null}
      {board.isFetchNextPageError ? (
        <p className="field__error" role="alert">
          More ideas could not be loaded: {board.error?.message}
        </p>
      ) : null}
    </section>
  );
};
