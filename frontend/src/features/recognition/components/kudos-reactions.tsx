import { plural } from '@/lib/format';

import { useReactToKudos } from '../api/react-to-kudos';
import type { Kudos } from '../api/kudos-cache';

type KudosReactionsProps = {
  kudos: Kudos;
  /** The emoji people may react with; until they are loaded, only the reactions already given show. */
  available: ReadonlyArray<string>;
};

export const KudosReactions = ({ kudos, available }: KudosReactionsProps) => {
  const react = useReactToKudos();
  const emoji = [...new Set([...available, ...kudos.reactions.map((reaction) => reaction.emoji)])];

  return (
    <div className="reactions" role="group" aria-label="Reactions">
      {emoji.map((symbol) => {
        const reaction = kudos.reactions.find((candidate) => candidate.emoji === symbol);
        const count = reaction?.count ?? 0;
        const mine = reaction?.reactedByMe ?? false;
        return (
          <button
            key={symbol}
            type="button"
            className={`reaction${mine ? ' reaction--mine' : ''}${count === 0 ? ' reaction--unused' : ''}`}
            aria-pressed={mine}
            aria-label={count > 0 ? `${symbol} ${plural(count, 'reaction', 'reactions')}` : `React with ${symbol}`}
            title={mine ? 'You reacted; click to take it back' : `React with ${symbol}`}
            data-emoji={symbol}
            onClick={() => react.mutate({ kudosId: kudos.id, emoji: symbol })}
          >
            <span aria-hidden="true">{symbol}</span>
            {count > 0 ? (
              <span className="reaction__count" aria-hidden="true">
                {count}
              </span>
            ) : null}
          </button>
        );
      })}
      {react.isError ? (
        <p className="field__error reactions__error" role="alert">
          Your reaction was not saved: {react.error.message}
        </p>
      ) : null}
    </div>
  );
};
