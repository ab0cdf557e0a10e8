// The server's limits, checked here first so that people see them while they type.
export const maxCommentLength = 1_000;
export const minCadenceDays = 7;
export const maxCadenceDays = 90;
