import type { ComponentType, ReactNode } from 'react';
import { matchPath, NavLink, useLocation } from 'react-router';

export type NavigationItem = {
  to: string;
  label: string;
  icon: ComponentType;
  /** A page within the entry above it: indented. */
  nested?: boolean;
};

type AppLayoutProps = {
  navigation: ReadonlyArray<NavigationItem>;
  /** The end of the header, side by side: notifications, who is signed in and their menu. */
  account?: ReactNode;
  children: ReactNode;
};

export const AppLayout = ({ navigation, account, children }: AppLayoutProps) => {
  const { pathname } = useLocation();
  // An entry is current on its pages and the pages below it, unless another entry names the page more precisely:
  // on /team/check-ins that is "Team check-ins", not "My team".
  const moreSpecificMatch = (to: string) =>
    navigation.some((other) => other.to.startsWith(`${to}/`) && matchPath({ path: other.to, end: false }, pathname));
  return (
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
          {navigation.map(({ to, label, icon: Icon, nested }) => (
            <li key={to}>
              <NavLink
                to={to}
                end={to === '/' || moreSpecificMatch(to)}
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
};
