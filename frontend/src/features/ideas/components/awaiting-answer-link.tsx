import { Link } from 'react-router';

import { ClockIcon } from '@/components/ui/icons';
import { paths } from '@/config/paths';

import { useIdeasAwaitingMyAnswer } from '../api/get-ideas-awaiting-my-answer';

/** "Awaiting my answer (3)": shown when ideas wait for the signed-in person, or always (`always`) for those who answer ideas. */
export const AwaitingAnswerLink = ({ always }: { always: boolean }) => {
  const queue = useIdeasAwaitingMyAnswer();
  const count = queue.data?.length ?? 0;
  if (!always && count === 0) return null;
  return (
    <Link className="button button--secondary" to={paths.ideasAwaitingMyAnswer} data-testid="awaiting-link">
      <ClockIcon />
      Awaiting my answer
      {count > 0 ? <span className="count-badge">{count.toLocaleString()}</span> : null}
    </Link>
  );
};
