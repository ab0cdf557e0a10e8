import { Link } from 'react-router';

import { Avatar } from '@/components/ui/avatar';
import { personPath } from '@/config/paths';

import type { DirectoryEntry } from '../api/get-directory';

type PersonCardProps = { person: DirectoryEntry };

export const PersonCard = ({ person }: PersonCardProps) => (
  <article className="person-card" aria-labelledby={`person-${person.id}`}>
    <Avatar name={person.name} />
    <div className="person-card__text">
      <h3 id={`person-${person.id}`} className="person-card__name">
        {/* The link covers the whole card (CSS), so the card is one click target with one name. */}
        <Link to={personPath(person.id)} className="person-card__link">
          {person.name}
        </Link>
      </h3>
      <p className="person-card__title">{person.title}</p>
      <p className="person-card__team muted">{person.team?.name ?? 'No team'}</p>
    </div>
  </article>
);
