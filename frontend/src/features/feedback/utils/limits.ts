// The server's limits (FeedbackRules), checked here first so that people see them while they type.
export const maxTextLength = 4_000;
export const maxRespondents = 20;
