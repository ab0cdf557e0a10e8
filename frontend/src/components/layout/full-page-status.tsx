import type { ReactNode } from 'react';

/** A page-sized frame for the moments before the app can show anything: loading who is signed in. */
export const FullPageStatus = ({ children }: { children: ReactNode }) => (
  <main className="full-page-status">{children}</main>
);
