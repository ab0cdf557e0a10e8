// The server's limits (CheckIns, FeedbackRules), checked here first so that people see them while they type.
export const maxAnswerLength = 2_000;
export const maxReplyLength = 4_000;
