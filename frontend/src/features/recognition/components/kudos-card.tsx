import { Fragment, useId, useState } from 'react';
import { Link } from 'react-router';

import { Avatar } from '@/components/ui/avatar';
import { RelativeTime } from '@/components/ui/relative-time';
import { personPath } from '@/config/paths';
import { plural } from '@/lib/format';

import type { Kudos } from '../api/kudos-cache';
import { isFresh } from '../utils/fresh-kudos';

import { KudosComments } from './kudos-comments';
import { KudosReactions } from './kudos-reactions';

type KudosCardProps = {
  kudos: Kudos;
  reactions: ReadonlyArray<string>;
  now: Date;
};

// Everything a person wrote (message, comments, names) is rendered as React text, never as HTML:
// a message such as "<b>great</b>" shows exactly those characters.
export const KudosCard = ({ kudos, reactions, now }: KudosCardProps) => {
  const headingId = useId();
  // Decided once, when the card first appears: a kudos that arrived while the page was open stands out.
  const [arrived] = useState(() => isFresh(kudos.id));
  const count = kudos.recipients.length;

  return (
    <article
      className={`card kudos-card${arrived ? ' kudos-card--new' : ''}`}
      aria-labelledby={headingId}
      data-testid="kudos-card"
      data-kudos-id={kudos.id}
    >
      <header className="kudos-card__header">
        <Avatar name={kudos.giver.name} />
        <div className="kudos-card__heading">
          <h3 id={headingId} className="kudos-card__people">
            <Link to={personPath(kudos.giver.id)}>{kudos.giver.name}</Link>
            <span className="kudos-card__arrow" aria-hidden="true">
              →
            </span>
            <span className="visually-hidden"> recognised </span>
            {kudos.recipients.map((recipient, index) => (
              <Fragment key={recipient.id}>
                {index === 0 ? null : index === count - 1 ? ' and ' : ', '}
                <Link to={personPath(recipient.id)}>{recipient.name}</Link>
              </Fragment>
            ))}
          </h3>
          <p className="kudos-card__meta">
            <span className="badge kudos-card__value" data-testid="kudos-value">
              {kudos.value}
            </span>
            {kudos.points > 0 ? (
              <span className="kudos-card__points" data-testid="kudos-points">
                +{plural(kudos.points, 'point', 'points')}
                {count > 1 ? ' each' : ''}
              </span>
            ) : null}
            <RelativeTime iso={kudos.createdAt} now={now} />
          </p>
        </div>
      </header>
      <p className="kudos-card__message" data-testid="kudos-message">
        {kudos.message}
      </p>
      <footer className="kudos-card__footer">
        <KudosReactions kudos={kudos} available={reactions} />
        <KudosComments kudos={kudos} now={now} />
      </footer>
    </article>
  );
};
