import { Link } from 'react-router';

import { personPath, teamPath } from '@/config/paths';
import { formatCalendarDate } from '@/lib/format';

import type { EmployeeProfile } from '../api/get-employee';
import { people } from '../utils/format';

import { LocalTime } from './local-time';

type ProfileFactsProps = { employee: EmployeeProfile };

/** The facts of a profile, the same on a colleague's page and on one's own. */
export const ProfileFacts = ({ employee }: ProfileFactsProps) => (
  <dl className="facts profile-facts">
    <div className="facts__item">
      <dt>Team</dt>
      <dd data-testid="profile-team">{employee.team?.name ?? <span className="muted">No team</span>}</dd>
    </div>
    <div className="facts__item">
      <dt>Manager</dt>
      <dd data-testid="profile-manager">
        {employee.manager ? (
          <Link to={personPath(employee.manager.id)}>{employee.manager.name}</Link>
        ) : (
          <span className="muted">No manager</span>
        )}
      </dd>
    </div>
    <div className="facts__item">
      <dt>Email</dt>
      <dd className="profile-facts__email">
        <a href={`mailto:${employee.email}`}>{employee.email}</a>
      </dd>
    </div>
    <div className="facts__item">
      <dt>Time zone</dt>
      <dd>
        <span data-testid="profile-time-zone">{employee.timeZone}</span>
        <br />
        <span className="muted">
          <LocalTime timeZone={employee.timeZone} />
        </span>
      </dd>
    </div>
    <div className="facts__item">
      <dt>Started</dt>
      <dd>{employee.startDate ? formatCalendarDate(employee.startDate) : <span className="muted">Not recorded</span>}</dd>
    </div>
    {employee.isManager ? (
      <div className="facts__item">
        <dt>Direct reports</dt>
        <dd>
          <Link to={teamPath(employee.id)}>
            {people(employee.reportCount)} · See the team
          </Link>
        </dd>
      </div>
    ) : null}
  </dl>
);
