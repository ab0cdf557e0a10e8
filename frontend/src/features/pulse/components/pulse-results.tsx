import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { LockIcon, PulseIcon } from '@/components/ui/icons';
import { LoadError } from '@/components/ui/load-error';
import { Spinner } from '@/components/ui/spinner';
import { formatDate, plural } from '@/lib/format';

import { usePulseResults, type PulseResults as Results } from '../api/get-pulse-results';
import { usePulseRounds } from '../api/get-pulse-rounds';
import { usePulseTeams } from '../api/get-pulse-teams';
import { formatEnps, percentOf, scoreGroups } from '../utils/enps';

/** eNPS for a round (the latest unless ?round= says otherwise), company-wide or for one team (?team=). */
export const PulseResults = () => {
  const id = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const roundId = searchParams.get('round') || null;
  const teamId = searchParams.get('team') || null;
  const rounds = usePulseRounds();
  const teams = usePulseTeams();
  const results = usePulseResults(roundId, teamId);

  const choose = (name: 'round' | 'team', value: string) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );

  return (
    <div className="pulse-results">
      <div className="pulse-results__filters">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-round`}>
            Round
          </label>
          <select id={`${id}-round`} className="input" value={roundId ?? ''} onChange={(event) => choose('round', event.target.value)}>
            <option value="">Latest round</option>
            {(rounds.data ?? []).map((round) => (
              <option key={round.id} value={round.id}>
                {formatDate(round.opensAt)}
                {round.open ? ' (open)' : ''} · {round.question}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-team`}>
            Team
          </label>
          <select id={`${id}-team`} className="input" value={teamId ?? ''} onChange={(event) => choose('team', event.target.value)}>
            <option value="">Whole company</option>
            {(teams.data ?? []).map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {results.isPending ? (
        <Spinner label="Loading results…" />
      ) : results.isError ? (
        <LoadError title="Results could not be loaded" error={results.error} onRetry={() => void results.refetch()} />
      ) : !results.data.round ? (
        <EmptyState icon={<PulseIcon />} title="No rounds yet" description="Results show here once the first pulse round has opened." />
      ) : (
        <div aria-busy={results.isPlaceholderData} className={results.isPlaceholderData ? 'is-refreshing' : undefined}>
          <ResultsView results={results.data} />
        </div>
      )}
    </div>
  );
};

const ResultsView = ({ results }: { results: Results }) => {
  const round = results.round!;
  const scope = results.teamName ?? 'the whole company';
  return (
    <article className="card pulse-result" data-testid="pulse-result" aria-label={`Results for ${scope}`}>
      <header className="pulse-result__header">
        <p className="eyebrow">
          {results.teamName ?? 'Whole company'} · opened {formatDate(round.opensAt)}
          {round.open ? ' · still open' : ''}
        </p>
        <h3 className="pulse-result__question">{round.question}</h3>
        <p className="muted" data-testid="pulse-answers">
          {plural(results.answers, 'answer', 'answers')}
        </p>
      </header>
      {results.shown && results.enps != null ? <ShownResults results={results} /> : <WithheldResults results={results} />}
    </article>
  );
};

const WithheldResults = ({ results }: { results: Results }) => (
  <div className="pulse-withheld" data-testid="pulse-withheld">
    <p className="pulse-withheld__title">
      <LockIcon />
      Results are not shown
    </p>
    <p data-testid="pulse-explanation">{results.explanation}</p>
    <ul className="pulse-withheld__rules">
      <li>
        Results appear only once a round has closed, so nobody can watch them move answer by answer.
      </li>
      <li>
        A team shows on its own from <strong>{results.minimumAnswers}</strong> answers; smaller teams count only together, in the
        whole company&apos;s figure, so no comparison of two views can reveal them.
      </li>
      <li>
        Comments follow the same rule from <strong>{results.minimumComments}</strong> comments.
      </li>
      <li>In a smaller group, a result could tell who answered what, and the pulse is anonymous.</li>
    </ul>
  </div>
);

const ShownResults = ({ results }: { results: Results }) => {
  const counts = { promoters: results.promoters ?? 0, passives: results.passives ?? 0, detractors: results.detractors ?? 0 };
  const total = counts.promoters + counts.passives + counts.detractors || results.answers;
  return (
    <>
      <div className="pulse-score">
        <p className="pulse-score__value" data-testid="enps">
          {formatEnps(results.enps ?? 0)}
        </p>
        <p className="pulse-score__label">
          eNPS <span className="muted">· the share of promoters minus the share of detractors, from −100 to +100</span>
        </p>
      </div>
      <p className="muted" data-testid="pulse-explanation">
        {results.explanation}
      </p>
      <div className="enps-bar" aria-hidden="true">
        {scoreGroups.map((group) =>
          counts[group.key] > 0 ? (
            <span key={group.key} className={`enps-bar__part enps-bar__part--${group.key}`} style={{ width: `${(counts[group.key] / total) * 100}%` }} />
          ) : null,
        )}
      </div>
      <ul className="enps-legend" aria-label="Answers by group">
        {scoreGroups.map((group) => (
          <li key={group.key} className={`enps-legend__item enps-legend__item--${group.key}`} data-testid={`enps-${group.key}`}>
            <span className="enps-legend__swatch" aria-hidden="true" />
            {group.label} ({group.range}): <strong>{percentOf(counts[group.key], total)}%</strong>
            <span className="muted"> · {plural(counts[group.key], 'person', 'people')}</span>
          </li>
        ))}
      </ul>
      <section className="pulse-comments" aria-label="Comments">
        <h4 className="pulse-comments__title">Comments</h4>
        {results.comments == null ? (
          <p className="muted">Comments are shown from groups of at least {results.minimumComments} comments.</p>
        ) : results.comments.length === 0 ? (
          <p className="muted">No comments were written.</p>
        ) : (
          <CommentList comments={results.comments} />
        )}
      </section>
    </>
  );
};

const commentsShownFirst = 8;

const CommentList = ({ comments }: { comments: ReadonlyArray<string> }) => {
  const [all, setAll] = useState(false);
  const shown = all ? comments : comments.slice(0, commentsShownFirst);
  return (
    <>
      <ul className="pulse-comments__list">
        {shown.map((comment, index) => (
          // Comments carry no id on purpose: nothing ties them to a person or an answer. The server sorts them, so
          // their order says nothing about when they were written.
          <li key={index} className="pulse-comment">
            {comment}
          </li>
        ))}
      </ul>
      {comments.length > commentsShownFirst ? (
        <button type="button" className="button button--ghost pulse-comments__more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show fewer comments' : `Show all ${comments.length.toLocaleString()} comments`}
        </button>
      ) : null}
    </>
  );
};
