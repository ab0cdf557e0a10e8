import { useEffect, type ReactNode } from 'react';

type ContentLayoutProps = {
  title: string;
  description?: string;
  actions?: ReactNode;
  children: ReactNode;
};

export const ContentLayout = ({ title, description, actions, children }: ContentLayoutProps) => {
  useEffect(() => {
    document.title = `${title} · Engagement`;
  }, [title]);

  return (
    <>
      <div className="page-header">
        <div>
          <h1 className="page-header__title">{title}</h1>
          {description ? <p className="page-header__description">{description}</p> : null}
        </div>
        {actions ? <div className="page-header__actions">{actions}</div> : null}
      </div>
      {children}
    </>
  );
};
