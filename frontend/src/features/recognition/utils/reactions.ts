type Reaction = { emoji: string; count: number; reactedByMe: boolean };

/** The reactions after the signed-in person toggles `emoji`, as the server will count them. */
export function toggleReaction<T extends Reaction>(reactions: ReadonlyArray<T>, emoji: string): Reaction[] {
  const existing = reactions.find((reaction) => reaction.emoji === emoji);
  if (!existing) return [...reactions, { emoji, count: 1, reactedByMe: true }];
  return reactions
    .map((reaction) =>
      reaction.emoji !== emoji
        ? reaction
        : { ...reaction, count: reaction.count + (reaction.reactedByMe ? -1 : 1), reactedByMe: !reaction.reactedByMe },
    )
    .filter((reaction) => reaction.count > 0);
}
