import { NavLink } from 'react-router';

import { paths } from '@/config/paths';

import { useFeedbackInbox } from '../api/get-feedback-inbox';

const pages = [
  { to: paths.feedback, label: 'Inbox' },
  { to: paths.giveFeedback, label: 'Give feedback' },
  { to: paths.requestFeedback, label: 'Request feedback' },
  { to: paths.upwardFeedback, label: 'Upward feedback' },
] as const;

/** The pages of the feedback area, as links (each is its own address); the inbox counts what waits for me. */
export const FeedbackNav = () => {
  const waiting = useFeedbackInbox().data?.requestsToMe.length ?? 0;
  return (
    <nav className="sub-nav" aria-label="Feedback">
      <ul className="sub-nav__list">
        {pages.map(({ to, label }) => (
          <li key={to}>
            <NavLink to={to} end className="sub-nav__link">
              {label}
              {to === paths.feedback && waiting > 0 ? (
                <>
                  <span className="count-badge" aria-hidden="true">
                    {waiting.toLocaleString()}
                  </span>
                  <span className="visually-hidden"> ({waiting.toLocaleString()} waiting for your answer)</span>
                </>
              ) : null}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
};
