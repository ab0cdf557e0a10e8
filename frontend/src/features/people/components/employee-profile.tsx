import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { UserIcon } from '@/components/ui/icons';
import { LoadError } from '@/components/ui/load-error';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';

import { useEmployee } from '../api/get-employee';

import { ProfileFacts } from './profile-facts';
import { ProfileHeader } from './profile-header';

type EmployeeProfileProps = {
  id: string;
  /** The signed-in person, to offer editing on their own profile. */
  viewerId: string;
  /** More actions for a colleague's profile, beside "Send an email" (the app adds other features' here). */
  actions?: ReactNode;
};

export const EmployeeProfile = ({ id, viewerId, actions }: EmployeeProfileProps) => {
  const employee = useEmployee(id);

  if (employee.isPending) return <Spinner label="Loading the profile…" />;
  if (employee.isError) {
    return (
      <LoadError title="The profile could not be loaded" error={employee.error} onRetry={() => void employee.refetch()} />
    );
  }
  if (!employee.data) {
    return (
      <EmptyState
        icon={<UserIcon />}
        title="No one has this profile"
        description="The link may be mistyped, or the person may no longer be in the directory."
        action={
          <Link className="button" to={paths.directory}>
            Search the directory
          </Link>
        }
      />
    );
  }

  const profile = employee.data;
  return (
    <article className="card profile-card" aria-labelledby="profile-name">
      <ProfileHeader employee={profile}>
        {profile.id === viewerId ? (
          <Link className="button button--secondary" to={paths.myProfile}>
            Edit my profile
          </Link>
        ) : (
          <>
            {actions}
            <a className="button button--secondary" href={`mailto:${profile.email}`}>
              Send an email
            </a>
          </>
        )}
      </ProfileHeader>
      <ProfileFacts employee={profile} />
    </article>
  );
};
