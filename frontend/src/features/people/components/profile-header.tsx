import type { ReactNode } from 'react';

import { Avatar } from '@/components/ui/avatar';

import type { EmployeeProfile } from '../api/get-employee';

type ProfileHeaderProps = { employee: EmployeeProfile; children?: ReactNode };

export const ProfileHeader = ({ employee, children }: ProfileHeaderProps) => (
  <header className="profile-header">
    <Avatar name={employee.name} size="large" />
    <div className="profile-header__text">
      <h2 id="profile-name" className="profile-header__name" data-testid="profile-name">
        {employee.name}
      </h2>
      <p className="profile-header__title" data-testid="profile-title">
        {employee.title}
      </p>
      <p className="profile-header__badges">
        {employee.isHrAdmin ? <span className="badge">HR admin</span> : null}
        {employee.active ? null : <span className="badge badge--muted">No longer here</span>}
      </p>
    </div>
    {children ? <div className="profile-header__actions">{children}</div> : null}
  </header>
);
