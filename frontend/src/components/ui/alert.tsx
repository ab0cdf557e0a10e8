import type { ReactNode } from 'react';

type AlertProps = {
  tone: 'error' | 'success' | 'info';
  title: string;
  children?: ReactNode;
};

// Errors interrupt (role=alert); good news and hints wait their turn (role=status).
export const Alert = ({ tone, title, children }: AlertProps) => (
  <div className={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
    <p className="alert__title">{title}</p>
    {children ? <div className="alert__body">{children}</div> : null}
  </div>
);
