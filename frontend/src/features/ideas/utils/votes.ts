type Votes = { voteCount: number; votedByMe: boolean };

/** The idea's votes once the signed-in person has (`voted`) or has not voted: a guess until the server answers. */
export const withVote = (idea: Votes, voted: boolean): Votes =>
  idea.votedByMe === voted ? idea : { votedByMe: voted, voteCount: Math.max(0, idea.voteCount + (voted ? 1 : -1)) };
