import { useState } from 'react';
import { Link, useLocation } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { UsersIcon } from '@/components/ui/icons';
import { LoadError } from '@/components/ui/load-error';
import { Spinner } from '@/components/ui/spinner';
import { oneOnOneMeetingPath } from '@/config/paths';
import { errorCode } from '@/lib/graphql';

import { useOneOnOneSeries } from '../api/get-series';
import type { Series } from '../api/one-on-one-cache';
import { useUpdateOneOnOneSchedule } from '../api/update-one-on-one-schedule';
import { formatMeetingStart, todayLocal } from '../utils/meeting-time';
import { otherPerson } from '../utils/other-person';
import { describeSchedule } from '../utils/schedule';

import { MeetingList } from './meeting-list';
import { ScheduleForm, type ScheduleDraft } from './schedule-form';

/** Where the schedule page goes after a new series was made. */
export type ScheduledState = { scheduled?: boolean };

// A schedule cannot start in the past, so a series that started before today is changed from today on.
const draftOf = (series: Series): ScheduleDraft => ({
  cadence: series.cadence,
  weekday: String(series.weekday),
  localTime: series.localTime,
  timeZone: series.timeZone,
  durationMinutes: String(series.durationMinutes),
  startsOn: series.startsOn >= todayLocal() ? series.startsOn : '',
});

/** A series' schedule: changed by its manager, read by its report; and the meetings it gives next. */
export const SeriesSettings = ({ seriesId }: { seriesId: string }) => {
  const series = useOneOnOneSeries(seriesId);
  const location = useLocation();
  const { scheduled } = (location.state ?? {}) as ScheduledState;

  if (series.isPending) return <Spinner label="Loading the 1:1 series…" />;
  if (!series.data) {
    return errorCode(series.error) === 'NOT_FOUND' ? (
      <EmptyState
        icon={<UsersIcon />}
        title="There is no such 1:1 series"
        description="The link may be mistyped, or the series is not one of yours: a 1:1 series is visible to its manager and report only."
      />
    ) : (
      <LoadError title="The 1:1 series could not be loaded" error={series.error} onRetry={() => void series.refetch()} />
    );
  }

  const other = otherPerson(series.data);
  return (
    <>
      {scheduled ? (
        <div className="series-settings__scheduled">
          <Alert tone="success" title={`1:1s with ${other.name} are scheduled.`}>
            <p>
              The first is on{' '}
              <Link to={oneOnOneMeetingPath(series.data.nextMeeting.id)}>{formatMeetingStart(series.data.nextMeeting.startsAt)}</Link>.
            </p>
          </Alert>
        </div>
      ) : null}
      <section aria-labelledby="schedule-heading">
        <h2 id="schedule-heading" className="section-title">
          Schedule
        </h2>
        {series.data.viewerIsManager ? (
          <ScheduleEditor series={series.data} />
        ) : (
          <div className="card series-summary">
            <p data-testid="series-schedule">
              {describeSchedule(series.data)} ({series.data.timeZone}), {series.data.durationMinutes.toLocaleString()} minutes.
            </p>
            <p className="muted">Your manager, {series.data.manager.name}, sets the schedule.</p>
          </div>
        )}
      </section>
      <section className="page-section" aria-labelledby="series-upcoming-heading">
        <h2 id="series-upcoming-heading" className="section-title">
          Next meetings
        </h2>
        <MeetingList label="Next meetings of this series" meetings={series.data.upcoming} />
      </section>
    </>
  );
};

const ScheduleEditor = ({ series }: { series: Series }) => {
  const update = useUpdateOneOnOneSchedule();
  const [saved, setSaved] = useState(false);
  return (
    <ScheduleForm
      initial={draftOf(series)}
      submitLabel="Save schedule"
      pendingLabel="Saving…"
      consequence="Moved and skipped meetings ahead are dropped; open agenda items move to the new next meeting."
      pending={update.isPending}
      error={update.error}
      success={saved ? <Alert tone="success" title="Schedule saved." /> : null}
      onEdit={() => {
        update.reset();
        setSaved(false);
      }}
      onSave={(input) => update.mutate({ seriesId: series.id, input }, { onSuccess: () => setSaved(true) })}
    />
  );
};
