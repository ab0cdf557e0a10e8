import type { ComponentType, ReactNode } from 'react';
import { NavLink } from 'react-router';

export type NavigationItem = {
  to: string;
  label: string;
  icon: ComponentType;
  /** A page within the entry above it: indented, and that entry is then current on its own page only. */
  nested?: boolean;
};

type AppLayoutProps = {
  navigation: ReadonlyArray<NavigationItem>;
  /** The end of the header: who is signed in, and their menu. */
  account?: ReactNode;
  children: ReactNode;
};

export const AppLayout = ({ navigation, account, children }: AppLayoutProps) => (
  <div className="app">
    <a className="skip-link" href="#main">
      Skip to content
    </a>
    <header className="app-header">
      <NavLink to="/" className="brand" aria-label="Engagement home">
        <span className="brand__mark" aria-hidden="true">
          E
        </span>
        <span className="brand__name">Engagement</span>
      </NavLink>
      {account ? <div className="app-header__account">{account}</div> : null}
    </header>
    <nav className="app-nav" aria-label="Main">
      <ul className="app-nav__list">
        {navigation.map(({ to, label, icon: Icon, nested }, index) => (
          <li key={to}>
            <NavLink
              to={to}
              end={to === '/' || navigation[index + 1]?.nested}
              className={`app-nav__link${nested ? ' app-nav__link--nested' : ''}`}
            >
              <Icon />
              <span>{label}</span>
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
    <main id="main" className="app-main" tabIndex={-1}>
      {children}
    </main>
  </div>
);
