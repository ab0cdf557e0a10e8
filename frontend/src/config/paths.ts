export const paths = {
  home: '/',
  signIn: '/sign-in',
  myProfile: '/me',
  directory: '/people',
  person: '/people/:id',
  myTeam: '/team',
  team: '/team/:managerId',
  orgImport: '/admin/import',
  recognition: '/recognition',
  leaderboard: '/recognition/leaderboard',
  ideas: '/ideas',
  newIdea: '/ideas/new',
  ideasAwaitingMyAnswer: '/ideas/awaiting',
  idea: '/ideas/:id',
  followIdea: '/ideas/follow',
  feedback: '/feedback',
  giveFeedback: '/feedback/give',
  requestFeedback: '/feedback/request',
  upwardFeedback: '/feedback/upward',
  checkIn: '/check-in',
  teamCheckIns: '/team/check-ins',
  pulse: '/pulse',
  oneOnOnes: '/one-on-ones',
  teamOneOnOnes: '/one-on-ones/team',
  oneOnOneMeeting: '/one-on-ones/meetings/:meetingId',
  oneOnOneSeries: '/one-on-ones/series/:seriesId',
  scheduleOneOnOne: '/one-on-ones/schedule/:reportId',
  companySettings: '/settings/company',
  notifications: '/notifications',
  notificationSettings: '/settings/notifications',
  teamInsights: '/insights/team',
  companyInsights: '/insights/company',
} as const;

export const personPath = (id: string) => `/people/${encodeURIComponent(id)}`;

export const ideaPath = (id: string) => `/ideas/${encodeURIComponent(id)}`;

/** The anonymous author's private page of their idea: the token is the only way back to it. */
// The token rides in the fragment, which browsers never send: no server or proxy log can pair it with a request.
export const followIdeaPath = (token: string) => `/ideas/follow#${encodeURIComponent(token)}`;

export const teamPath = (managerId: string) => `/team/${encodeURIComponent(managerId)}`;

/** A meeting's id ("<seriesId>:<occurrenceDate>") is one path segment. */
export const oneOnOneMeetingPath = (meetingId: string) => `/one-on-ones/meetings/${encodeURIComponent(meetingId)}`;

export const oneOnOneSeriesPath = (seriesId: string) => `/one-on-ones/series/${encodeURIComponent(seriesId)}`;

export const scheduleOneOnOnePath = (reportId: string) => `/one-on-ones/schedule/${encodeURIComponent(reportId)}`;

/** Sign-in, coming back to `next` afterwards (a path of this app; Home when it is Home). */
export const signInPath = (next?: string) =>
  next && next !== paths.home ? `${paths.signIn}?next=${encodeURIComponent(next)}` : paths.signIn;

const hasControlCharacter = (text: string) =>
  [...text].some((character) => character.charCodeAt(0) < 0x20 || character.charCodeAt(0) === 0x7f);

/**
 * Where to go after signing in: `next` when it is a path of this app, Home otherwise, so that a
 * crafted link cannot send people to another site ("//evil.example", "https://…", "/\\evil", or
 * "/\t/evil", which URL parsing turns into "//evil" by dropping the tab).
 */
export function safeNextPath(next: string | null): string {
  if (!next || !/^\/(?![/\\])/.test(next) || hasControlCharacter(next)) return paths.home;
  if (next === paths.signIn || next.startsWith(`${paths.signIn}?`)) return paths.home;
  return next;
}
