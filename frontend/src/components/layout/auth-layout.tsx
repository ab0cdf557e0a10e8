import { useEffect, type ReactNode } from 'react';

type AuthLayoutProps = {
  title: string;
  description?: ReactNode;
  children: ReactNode;
};

/** The frame of the pages before the app: sign-in, and choosing a new password. */
export const AuthLayout = ({ title, description, children }: AuthLayoutProps) => {
  useEffect(() => {
    document.title = `${title} · Engagement`;
  }, [title]);

  return (
    <main className="auth-page">
      <div className="auth-page__card card">
        <p className="brand auth-page__brand">
          <span className="brand__mark" aria-hidden="true">
            E
          </span>
          <span className="brand__name">Engagement</span>
        </p>
        <h1 className="auth-page__title">{title}</h1>
        {description ? <div className="auth-page__description">{description}</div> : null}
        {children}
      </div>
    </main>
  );
};
