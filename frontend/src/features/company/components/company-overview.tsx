import { Link } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { ChipList } from '@/components/ui/chip-list';
import { EmptyState } from '@/components/ui/empty-state';
import { SparkIcon } from '@/components/ui/icons';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';

import { useCompanyUpdatedSubscription } from '../api/company-updated';
import { useCompany } from '../api/get-company';
import { formatSlaHours, formatUpdatedAt } from '../utils/format-company';

import { LiveStatus } from './live-status';

type CompanyOverviewProps = {
  /** Whether the person may change the profile (HR admins): the links to the settings are for them. */
  canEdit: boolean;
};

export const CompanyOverview = ({ canEdit }: CompanyOverviewProps) => {
  const company = useCompany();
  useCompanyUpdatedSubscription();

  if (company.isPending) return <Spinner label="Loading the company profile…" />;

  // A failed background refetch keeps showing the profile already loaded.
  if (!company.data) {
    return (
      <Alert tone="error" title="The company profile could not be loaded">
        <p>{company.error?.message}</p>
        <button type="button" className="button button--secondary" onClick={() => void company.refetch()}>
          Try again
        </button>
      </Alert>
    );
  }

  const profile = company.data;
  if (!profile.name.trim()) {
    return (
      <EmptyState
        icon={<SparkIcon />}
        title="Your company profile is empty"
        description={
          canEdit
            ? 'Give the company a name, a time zone and the values people recognise each other for.'
            : 'An HR admin has not set up the company profile yet.'
        }
        action={
          canEdit ? (
            <Link className="button" to={paths.companySettings}>
              Set up the company profile
            </Link>
          ) : undefined
        }
      />
    );
  }

  return (
    <article className="card company-card" aria-labelledby="company-name">
      <header className="company-card__header">
        <div>
          <p className="eyebrow">Company</p>
          <h2 id="company-name" className="company-card__name" data-testid="company-name">
            {profile.name}
          </h2>
        </div>
        <LiveStatus />
      </header>

      <dl className="facts">
        <div className="facts__item">
          <dt>Time zone</dt>
          <dd data-testid="company-time-zone">{profile.timeZone}</dd>
        </div>
        <div className="facts__item">
          <dt>Idea answer SLA</dt>
          <dd data-testid="company-idea-sla">{formatSlaHours(profile.ideaAnswerSlaHours)}</dd>
        </div>
        <div className="facts__item">
          <dt>Monthly kudos allowance</dt>
          <dd data-testid="company-kudos-allowance">
            {profile.monthlyKudosAllowance.toLocaleString()} points per person
          </dd>
        </div>
      </dl>

      <section className="company-card__values" aria-labelledby="company-values">
        <h3 id="company-values" className="section-title">
          Values
        </h3>
        {profile.values.length > 0 ? (
          <ChipList label="Company values" items={profile.values} />
        ) : canEdit ? (
          <p className="muted">
            No values yet. <Link to={paths.companySettings}>Add the values</Link> people recognise each other for.
          </p>
        ) : (
          <p className="muted">No values yet.</p>
        )}
      </section>

      {profile.updatedAt || canEdit ? (
        <footer className="company-card__footer">
          {profile.updatedAt ? (
            <p className="muted">
              Last changed <time dateTime={profile.updatedAt}>{formatUpdatedAt(profile.updatedAt)}</time>
            </p>
          ) : (
            <span />
          )}
          {canEdit ? (
            <Link className="button button--secondary" to={paths.companySettings}>
              Edit profile
            </Link>
          ) : null}
        </footer>
      ) : null}
    </article>
  );
};
