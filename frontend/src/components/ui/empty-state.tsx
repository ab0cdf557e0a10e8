import type { ReactNode } from 'react';

type EmptyStateProps = {
  icon?: ReactNode;
  title: string;
  description: ReactNode;
  action?: ReactNode;
};

export const EmptyState = ({ icon, title, description, action }: EmptyStateProps) => (
  <section className="empty-state" aria-label={title}>
    {icon ? <div className="empty-state__icon">{icon}</div> : null}
    <h2 className="empty-state__title">{title}</h2>
    <p className="empty-state__description">{description}</p>
    {action ? <div className="empty-state__action">{action}</div> : null}
  </section>
);
