// The server's limits (IdeaRules), checked here first so that people see them while they type.
export const maxTitleLength = 150;
export const maxTextLength = 4_000;
export const maxResponseLength = 2_000;
export const maxCommentLength = 2_000;
