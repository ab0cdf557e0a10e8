import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { LockIcon } from '@/components/ui/icons';

/**
 * The frame of a page that must not show who is signed in: the anonymous author's private page of their
 * idea. A name in the header beside an anonymous idea (on screen, or in a screenshot) would give them away.
 */
export const PrivateLayout = ({ children }: { children: ReactNode }) => (
  <div className="private-page">
    <a className="skip-link" href="#main">
      Skip to content
    </a>
    <header className="app-header">
      <Link to="/" className="brand" aria-label="Engagement home">
        <span className="brand__mark" aria-hidden="true">
          E
        </span>
        <span className="brand__name">Engagement</span>
      </Link>
      <p className="private-page__badge">
        <LockIcon width={16} height={16} />
        Private page
      </p>
    </header>
    <main id="main" className="app-main private-page__main" tabIndex={-1}>
      {children}
    </main>
  </div>
);
