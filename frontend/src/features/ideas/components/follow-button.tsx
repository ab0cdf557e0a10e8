import { CheckIcon, PlusIcon } from '@/components/ui/icons';

import { useFollowIdea } from '../api/follow-idea';
import type { IdeaCard } from '../api/idea-cache';

/** Follow an idea to be told of every answer; a toggle, pressed while following. */
export const FollowButton = ({ idea }: { idea: Pick<IdeaCard, 'id' | 'followedByMe'> }) => {
  const follow = useFollowIdea();
  return (
    <div className="follow-toggle">
      <button
        type="button"
        className={`button button--secondary follow-toggle__button${idea.followedByMe ? ' follow-toggle__button--on' : ''}`}
        aria-pressed={idea.followedByMe}
        title={idea.followedByMe ? 'You are told of every answer. Press again to stop.' : 'Be told of every answer to this idea'}
        onClick={() => {
          if (!follow.isPending) follow.mutate({ id: idea.id, follow: !idea.followedByMe });
        }}
      >
        {idea.followedByMe ? <CheckIcon /> : <PlusIcon />}
        Follow
      </button>
      {follow.isError ? (
        <p className="field__error" role="alert">
          {follow.error.message}
        </p>
      ) : null}
    </div>
  );
};
