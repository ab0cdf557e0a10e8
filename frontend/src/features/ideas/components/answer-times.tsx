import { useId, useState } from 'react';

import { LoadError } from '@/components/ui/load-error';
import { OptionGroup } from '@/components/ui/option-group';
import { Spinner } from '@/components/ui/spinner';
import { plural } from '@/lib/format';

import { useIdeaAnswerTimes, type TeamAnswerTime } from '../api/get-idea-answer-times';
import { formatHours } from '../utils/answer-time';

type View = 'chart' | 'table';

/** Per team, the median and 90th-percentile wait for a first answer against the company's target. */
export const AnswerTimes = () => {
  const headingId = useId();
  const [view, setView] = useState<View>('chart');
  const times = useIdeaAnswerTimes();

  return (
    <section className="card answer-times" aria-labelledby={headingId} data-testid="answer-times">
      <header className="answer-times__header">
        <div>
          <h2 id={headingId} className="section-title">
            How fast ideas get a first answer
          </h2>
          {times.data ? (
            <p className="answer-times__target">
              Target: every idea answered within <strong>{plural(times.data.targetHours, 'business hour', 'business hours')}</strong>
            </p>
          ) : null}
        </div>
        <OptionGroup
          label="Show answer times as"
          hideLabel
          options={[
            { value: 'chart', label: 'Chart' },
            { value: 'table', label: 'Table' },
          ]}
          value={view}
          onChange={setView}
        />
      </header>
      {times.isPending ? (
        <Spinner label="Loading answer times…" />
      ) : !times.data ? (
        <LoadError title="Answer times could not be loaded" error={times.error} onRetry={() => void times.refetch()} />
      ) : times.data.teams.length === 0 ? (
        <p className="muted">No ideas have been submitted yet.</p>
      ) : view === 'chart' ? (
        <AnswerTimesChart teams={times.data.teams} targetHours={times.data.targetHours} />
      ) : (
        <AnswerTimesTable teams={times.data.teams} targetHours={times.data.targetHours} />
      )}
      {times.data ? (
        <p className="answer-times__note">
          Waits are counted in business hours (Monday to Friday, 9:00–17:00 in the company’s time zone) from submission to
          first answer, over every idea so far, the same clock as the target. Anonymous ideas are answered by HR and counted
          on their own.
        </p>
      ) : null}
    </section>
  );
};

type TimesProps = { teams: ReadonlyArray<TeamAnswerTime>; targetHours: number };

const waitingText = (team: TeamAnswerTime) => (team.unanswered > 0 ? `${team.unanswered.toLocaleString()} waiting` : '');

// Bars on one scale: the median solid, the 90th percentile behind it, the target as a line across all rows.
// Decorative for assistive technology, which reads the numbers written beside them (or the table).
const AnswerTimesChart = ({ teams, targetHours }: TimesProps) => {
  const scale = Math.max(targetHours, ...teams.map((team) => team.p90Hours ?? team.medianHours ?? 0)) * 1.1 || 1;
  const at = (hours: number) => `${Math.min(100, (hours / scale) * 100)}%`;
  return (
    <div className="answer-chart" style={{ ['--target-at' as string]: at(targetHours) }}>
      <ul className="answer-chart__rows" aria-label="Answer times per team">
        {teams.map((team) => {
          const late = (team.medianHours ?? 0) > targetHours;
          return (
            <li key={team.team} className="answer-chart__row" data-testid="answer-time-row">
              <span className="answer-chart__team">{team.team}</span>
              <span className="answer-chart__track" aria-hidden="true">
                {team.p90Hours != null ? <span className="answer-chart__p90" style={{ width: at(team.p90Hours) }} /> : null}
                {team.medianHours != null ? (
                  <span className={`answer-chart__median${late ? ' answer-chart__median--late' : ''}`} style={{ width: at(team.medianHours) }} />
                ) : null}
                <span className="answer-chart__target" />
              </span>
              <span className="answer-chart__numbers">
                {team.medianHours != null ? (
                  <>
                    median {formatHours(team.medianHours)}
                    {team.p90Hours != null ? <span className="muted"> · 90% within {formatHours(team.p90Hours)}</span> : null}
                  </>
                ) : (
                  <span className="muted">no answers yet</span>
                )}
                {waitingText(team) ? <span className="answer-chart__waiting"> · {waitingText(team)}</span> : null}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="answer-chart__legend" aria-hidden="true">
        <span className="answer-chart__key answer-chart__key--median">median</span>
        <span className="answer-chart__key answer-chart__key--p90">90th percentile</span>
        <span className="answer-chart__key answer-chart__key--target">target ({plural(targetHours, 'business hour', 'business hours')})</span>
      </p>
    </div>
  );
};

const AnswerTimesTable = ({ teams, targetHours }: TimesProps) => (
  <div className="table-wrapper">
    <table className="table">
      <caption className="visually-hidden">Hours to a first answer per team; the target is {targetHours} business hours</caption>
      <thead>
        <tr>
          <th scope="col">Team</th>
          <th scope="col" className="table__number">
            Answered
          </th>
          <th scope="col" className="table__number">
            Waiting
          </th>
          <th scope="col" className="table__number">
            Median
          </th>
          <th scope="col" className="table__number">
            90th percentile
          </th>
          <th scope="col" className="table__number">
            Within target
          </th>
        </tr>
      </thead>
      <tbody>
        {teams.map((team) => (
          <tr key={team.team}>
            <th scope="row">{team.team}</th>
            <td className="table__number">{team.answered.toLocaleString()}</td>
            <td className="table__number">{team.unanswered.toLocaleString()}</td>
            <td className="table__number">{team.medianHours != null ? formatHours(team.medianHours) : '–'}</td>
            <td className="table__number">{team.p90Hours != null ? formatHours(team.p90Hours) : '–'}</td>
            <td className="table__number">
              {team.answeredWithinTarget != null ? `${Math.round(team.answeredWithinTarget * 100)}%` : '–'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);
