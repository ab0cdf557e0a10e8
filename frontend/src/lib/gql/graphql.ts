/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ActionItemInput = {
  dueOn?: string | null | undefined;
  /** Must be the manager or the report of the series. */
  ownerId: string | number;
  text: string;
};

export type CheckInInput = {
  blockers: string;
  /** 1 (rough week) to 5 (great week). */
  mood: number;
  priorities: string;
  wins: string;
};

export type CompanyProfileInput = {
  ideaAnswerSlaHours: number;
  monthlyKudosAllowance: number;
  name: string;
  timeZone: string;
  values: Array<string>;
};

export type FeedScope =
  | 'COMPANY'
  | 'PERSON'
  | 'TEAM';

export type FeedbackRequestStatus =
  | 'ANSWERED'
  | 'DECLINED'
  | 'PENDING';

export type FeedbackVisibility =
  | 'PRIVATE'
  | 'SHARED_WITH_MANAGER';

export type GiveFeedbackInput = {
  recipientId: string | number;
  requestId?: string | number | null | undefined;
  text: string;
  visibility?: FeedbackVisibility | null | undefined;
};

export type GiveKudosInput = {
  idempotencyKey: string;
  /** Plain text; shown as text, never as HTML. */
  message: string;
  /** Points each recipient receives, taken from your monthly allowance. */
  points?: number | null | undefined;
  recipientIds: Array<string | number>;
  /** One of the company values. */
  value: string;
};

export type IdeaFilter = {
  category?: string | null | undefined;
  /** Only ideas I submitted under my name. */
  mine?: boolean | null | undefined;
  status?: IdeaStatus | null | undefined;
  teamId?: string | number | null | undefined;
};

export type IdeaInput = {
  anonymous?: boolean | null | undefined;
  category: string;
  /** What goes wrong today, for whom. */
  problem: string;
  /** What you suggest. */
  proposal: string;
  title: string;
};

export type IdeaSort =
  | 'NEWEST'
  | 'OLDEST_UNANSWERED'
  | 'TOP'
  | 'TRENDING';

export type IdeaStatus =
  | 'DECLINED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'MERGED'
  | 'NEW'
  | 'PLANNED'
  | 'UNDER_REVIEW';

export type KudosDirection =
  | 'GIVEN'
  | 'RECEIVED';

export type LeaderboardKind =
  | 'MOST_RECOGNISED'
  | 'MOST_RECOGNISING';

export type LeaderboardPeriod =
  | 'MONTH'
  | 'QUARTER'
  | 'YEAR';

export type MyProfileInput = {
  timeZone: string;
  title: string;
};

export type NotificationCategory =
  | 'CHECK_INS'
  | 'FEEDBACK'
  | 'IDEAS'
  | 'ONE_ON_ONES'
  | 'RECOGNITION';

export type NotificationPreferencesInput = {
  /** Categories I want e-mailed; the others stay in-app only. */
  emailCategories: Array<NotificationCategory>;
  oneOnOneReminderHours: Array<number>;
};

export type OneOnOneCadence =
  | 'BIWEEKLY'
  | 'MONTHLY'
  | 'WEEKLY';

export type OneOnOneScheduleInput = {
  cadence: OneOnOneCadence;
  /** 15 to 240. */
  durationMinutes?: number;
  /** HH:mm */
  localTime: string;
  /** First possible date (default: today in timeZone). */
  startsOn?: string | null | undefined;
  /** Defaults to the manager's time zone. */
  timeZone?: string | null | undefined;
  /** ISO weekday: 1 = Monday ... 7 = Sunday. */
  weekday: number;
};

export type OneOnOneStatus =
  | 'HELD'
  | 'MISSED'
  | 'SCHEDULED'
  | 'SKIPPED';

export type OrgImportStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

export type RequestFeedbackInput = {
  question: string;
  respondentIds: Array<string | number>;
  /** Whose work the feedback is about: yourself (the default) or one of your reports. */
  subjectId?: string | number | null | undefined;
};

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type GetMeQueryVariables = Exact<{ [key: string]: never; }>;


export type GetMeQuery = { me: { id: string, name: string, email: string, title: string, isManager: boolean, isHrAdmin: boolean, mustChangePassword: boolean, team: { id: string, name: string } | null } | null };

export type GetSingleSignOnQueryVariables = Exact<{ [key: string]: never; }>;


export type GetSingleSignOnQuery = { singleSignOn: { displayName: string, startUrl: string } | null };

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInMutation = { signIn: { id: string, name: string, email: string, title: string, isManager: boolean, isHrAdmin: boolean, mustChangePassword: boolean, team: { id: string, name: string } | null } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type CheckInFieldsFragment = { id: string, week: string, mood: number, wins: string, blockers: string, priorities: string, submittedAt: string, employee: { id: string, name: string, title: string }, replies: Array<{ id: string, text: string, createdAt: string, author: { id: string, name: string, title: string } }> };

export type MyCheckInQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCheckInQuery = { myCheckIn: { id: string, week: string, mood: number, wins: string, blockers: string, priorities: string, submittedAt: string, employee: { id: string, name: string, title: string }, replies: Array<{ id: string, text: string, createdAt: string, author: { id: string, name: string, title: string } }> } | null };

export type MyCheckInsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type MyCheckInsQuery = { myCheckIns: Array<{ id: string, week: string, mood: number, wins: string, blockers: string, priorities: string, submittedAt: string, employee: { id: string, name: string, title: string }, replies: Array<{ id: string, text: string, createdAt: string, author: { id: string, name: string, title: string } }> }> };

export type TeamCheckInsQueryVariables = Exact<{
  week?: string | null | undefined;
}>;


export type TeamCheckInsQuery = { teamCheckIns: { week: string, checkIns: Array<{ id: string, week: string, mood: number, wins: string, blockers: string, priorities: string, submittedAt: string, employee: { id: string, name: string, title: string }, replies: Array<{ id: string, text: string, createdAt: string, author: { id: string, name: string, title: string } }> }>, missing: Array<{ id: string, name: string, title: string }> } };

export type ReplyToCheckInMutationVariables = Exact<{
  checkInId: string | number;
  text: string;
}>;


export type ReplyToCheckInMutation = { replyToCheckIn: { id: string, week: string, mood: number, wins: string, blockers: string, priorities: string, submittedAt: string, employee: { id: string, name: string, title: string }, replies: Array<{ id: string, text: string, createdAt: string, author: { id: string, name: string, title: string } }> } };

export type SubmitCheckInMutationVariables = Exact<{
  input: CheckInInput;
}>;


export type SubmitCheckInMutation = { submitCheckIn: { id: string, week: string, mood: number, wins: string, blockers: string, priorities: string, submittedAt: string, employee: { id: string, name: string, title: string }, replies: Array<{ id: string, text: string, createdAt: string, author: { id: string, name: string, title: string } }> } };

export type CompanyUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CompanyUpdatedSubscription = { companyUpdated: { name: string, timeZone: string, values: Array<string>, ideaAnswerSlaHours: number, monthlyKudosAllowance: number, updatedAt: string | null } };

export type GetCompanyQueryVariables = Exact<{ [key: string]: never; }>;


export type GetCompanyQuery = { company: { name: string, timeZone: string, values: Array<string>, ideaAnswerSlaHours: number, monthlyKudosAllowance: number, updatedAt: string | null } };

export type UpdateCompanyProfileMutationVariables = Exact<{
  input: CompanyProfileInput;
}>;


export type UpdateCompanyProfileMutation = { updateCompanyProfile: { name: string, timeZone: string, values: Array<string>, ideaAnswerSlaHours: number, monthlyKudosAllowance: number, updatedAt: string | null } };

export type DeclineFeedbackRequestMutationVariables = Exact<{
  requestId: string | number;
}>;


export type DeclineFeedbackRequestMutation = { declineFeedbackRequest: boolean };

export type FeedbackNoteFieldsFragment = { id: string, text: string, visibility: FeedbackVisibility, requestId: string | null, createdAt: string, author: { id: string, name: string, title: string }, recipient: { id: string, name: string, title: string } };

export type FeedbackRequestFieldsFragment = { id: string, question: string, createdAt: string, dueAt: string, requester: { id: string, name: string, title: string }, subject: { id: string, name: string, title: string } };

export type FeedbackAboutQueryVariables = Exact<{
  employeeId: string | number;
}>;


export type FeedbackAboutQuery = { feedbackAbout: Array<{ id: string, text: string, visibility: FeedbackVisibility, requestId: string | null, createdAt: string, author: { id: string, name: string, title: string }, recipient: { id: string, name: string, title: string } }> };

export type FeedbackInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type FeedbackInboxQuery = { myFeedbackInbox: { received: Array<{ id: string, text: string, visibility: FeedbackVisibility, requestId: string | null, createdAt: string, author: { id: string, name: string, title: string }, recipient: { id: string, name: string, title: string } }>, given: Array<{ id: string, text: string, visibility: FeedbackVisibility, requestId: string | null, createdAt: string, author: { id: string, name: string, title: string }, recipient: { id: string, name: string, title: string } }>, requestsToMe: Array<{ id: string, question: string, createdAt: string, dueAt: string, requester: { id: string, name: string, title: string }, subject: { id: string, name: string, title: string } }>, myRequests: Array<{ id: string, question: string, createdAt: string, dueAt: string, respondents: Array<{ status: FeedbackRequestStatus, employee: { id: string, name: string, title: string } }>, answers: Array<{ id: string, text: string, visibility: FeedbackVisibility, requestId: string | null, createdAt: string, author: { id: string, name: string, title: string }, recipient: { id: string, name: string, title: string } }>, requester: { id: string, name: string, title: string }, subject: { id: string, name: string, title: string } }> } };

export type GetUpwardRecipientQueryVariables = Exact<{ [key: string]: never; }>;


export type GetUpwardRecipientQuery = { me: { id: string, manager: { id: string, name: string, title: string } | null } | null };

export type GetFeedbackSubjectsQueryVariables = Exact<{
  managerId: string | number;
}>;


export type GetFeedbackSubjectsQuery = { reportsOf: Array<{ id: string, name: string, title: string }> };

export type UpwardFeedbackForMeQueryVariables = Exact<{ [key: string]: never; }>;


export type UpwardFeedbackForMeQuery = { upwardFeedbackForMe: { threshold: number, batches: Array<{ releasedWeek: string, notes: Array<{ text: string }> }> } };

export type GiveFeedbackMutationVariables = Exact<{
  input: GiveFeedbackInput;
}>;


export type GiveFeedbackMutation = { giveFeedback: { id: string, text: string, visibility: FeedbackVisibility, requestId: string | null, createdAt: string, author: { id: string, name: string, title: string }, recipient: { id: string, name: string, title: string } } };

export type RequestFeedbackMutationVariables = Exact<{
  input: RequestFeedbackInput;
}>;


export type RequestFeedbackMutation = { requestFeedback: { id: string, question: string, createdAt: string, dueAt: string, requester: { id: string, name: string, title: string }, subject: { id: string, name: string, title: string } } };

export type SearchFeedbackColleaguesQueryVariables = Exact<{
  search: string;
  first?: number | null | undefined;
}>;


export type SearchFeedbackColleaguesQuery = { directory: { nodes: Array<{ id: string, name: string, title: string, team: { name: string } | null }> } };

export type SendUpwardFeedbackMutationVariables = Exact<{
  text: string;
}>;


export type SendUpwardFeedbackMutation = { sendUpwardFeedback: { week: string, threshold: number, message: string } };

export type CommentOnIdeaMutationVariables = Exact<{
  id: string | number;
  text: string;
}>;


export type CommentOnIdeaMutation = { commentOnIdea: { id: string, text: string, createdAt: string, author: { id: string, name: string } } };

export type EditIdeaMutationVariables = Exact<{
  id: string | number;
  input: IdeaInput;
  followToken?: string | null | undefined;
}>;


export type EditIdeaMutation = { editIdea: { proposal: string, id: string, title: string, problem: string, category: string, status: IdeaStatus, nextStatuses: Array<IdeaStatus>, anonymous: boolean, teamName: string | null, canAnswer: boolean, canEdit: boolean, mergedIntoId: string | null, mergedIntoTitle: string | null, voteCount: number, votedByMe: boolean, followedByMe: boolean, commentCount: number, escalationLevel: number, createdAt: string, answerDueAt: string, firstResponseAt: string | null, hoursToFirstResponse: number | null, responses: Array<{ id: string, fromStatus: IdeaStatus, toStatus: IdeaStatus, response: string, createdAt: string, responder: { id: string, name: string } }>, comments: Array<{ id: string, text: string, createdAt: string, author: { id: string, name: string } }>, author: { id: string, name: string } | null, owner: { id: string, name: string, title: string } | null } };

export type FollowIdeaMutationVariables = Exact<{
  id: string | number;
  follow: boolean;
}>;


export type FollowIdeaMutation = { followIdea: { id: string, title: string, problem: string, category: string, status: IdeaStatus, nextStatuses: Array<IdeaStatus>, anonymous: boolean, teamName: string | null, canAnswer: boolean, canEdit: boolean, mergedIntoId: string | null, mergedIntoTitle: string | null, voteCount: number, votedByMe: boolean, followedByMe: boolean, commentCount: number, escalationLevel: number, createdAt: string, answerDueAt: string, firstResponseAt: string | null, hoursToFirstResponse: number | null, author: { id: string, name: string } | null, owner: { id: string, name: string, title: string } | null } };

export type GetIdeaAnswerTimesQueryVariables = Exact<{ [key: string]: never; }>;


export type GetIdeaAnswerTimesQuery = { ideaAnswerTimes: Array<{ team: string, answered: number, unanswered: number, medianHours: number | null, p90Hours: number | null, answeredWithinTarget: number | null }>, company: { ideaAnswerSlaHours: number } };

export type GetIdeaByFollowTokenQueryVariables = Exact<{
  token: string;
}>;


export type GetIdeaByFollowTokenQuery = { ideaByFollowToken: { proposal: string, id: string, title: string, problem: string, category: string, status: IdeaStatus, nextStatuses: Array<IdeaStatus>, anonymous: boolean, teamName: string | null, canAnswer: boolean, canEdit: boolean, mergedIntoId: string | null, mergedIntoTitle: string | null, voteCount: number, votedByMe: boolean, followedByMe: boolean, commentCount: number, escalationLevel: number, createdAt: string, answerDueAt: string, firstResponseAt: string | null, hoursToFirstResponse: number | null, responses: Array<{ id: string, fromStatus: IdeaStatus, toStatus: IdeaStatus, response: string, createdAt: string, responder: { id: string, name: string } }>, comments: Array<{ id: string, text: string, createdAt: string, author: { id: string, name: string } }>, author: { id: string, name: string } | null, owner: { id: string, name: string, title: string } | null } | null };

export type GetIdeaFiltersQueryVariables = Exact<{ [key: string]: never; }>;


export type GetIdeaFiltersQuery = { ideaCategories: Array<string>, teams: Array<{ id: string, name: string }> };

export type GetIdeaQueryVariables = Exact<{
  id: string | number;
}>;


export type GetIdeaQuery = { idea: { proposal: string, id: string, title: string, problem: string, category: string, status: IdeaStatus, nextStatuses: Array<IdeaStatus>, anonymous: boolean, teamName: string | null, canAnswer: boolean, canEdit: boolean, mergedIntoId: string | null, mergedIntoTitle: string | null, voteCount: number, votedByMe: boolean, followedByMe: boolean, commentCount: number, escalationLevel: number, createdAt: string, answerDueAt: string, firstResponseAt: string | null, hoursToFirstResponse: number | null, responses: Array<{ id: string, fromStatus: IdeaStatus, toStatus: IdeaStatus, response: string, createdAt: string, responder: { id: string, name: string } }>, comments: Array<{ id: string, text: string, createdAt: string, author: { id: string, name: string } }>, author: { id: string, name: string } | null, owner: { id: string, name: string, title: string } | null } | null };

export type GetIdeasAwaitingMyAnswerQueryVariables = Exact<{ [key: string]: never; }>;


export type GetIdeasAwaitingMyAnswerQuery = { ideasAwaitingMyAnswer: Array<{ id: string, title: string, problem: string, category: string, status: IdeaStatus, nextStatuses: Array<IdeaStatus>, anonymous: boolean, teamName: string | null, canAnswer: boolean, canEdit: boolean, mergedIntoId: string | null, mergedIntoTitle: string | null, voteCount: number, votedByMe: boolean, followedByMe: boolean, commentCount: number, escalationLevel: number, createdAt: string, answerDueAt: string, firstResponseAt: string | null, hoursToFirstResponse: number | null, author: { id: string, name: string } | null, owner: { id: string, name: string, title: string } | null }> };

export type GetIdeasQueryVariables = Exact<{
  filter?: IdeaFilter | null | undefined;
  sort: IdeaSort;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GetIdeasQuery = { ideas: { endCursor: string | null, hasNextPage: boolean, totalCount: number, nodes: Array<{ id: string, title: string, problem: string, category: string, status: IdeaStatus, nextStatuses: Array<IdeaStatus>, anonymous: boolean, teamName: string | null, canAnswer: boolean, canEdit: boolean, mergedIntoId: string | null, mergedIntoTitle: string | null, voteCount: number, votedByMe: boolean, followedByMe: boolean, commentCount: number, escalationLevel: number, createdAt: string, answerDueAt: string, firstResponseAt: string | null, hoursToFirstResponse: number | null, author: { id: string, name: string } | null, owner: { id: string, name: string, title: string } | null }> } };

export type IdeaCardFieldsFragment = { id: string, title: string, problem: string, category: string, status: IdeaStatus, nextStatuses: Array<IdeaStatus>, anonymous: boolean, teamName: string | null, canAnswer: boolean, canEdit: boolean, mergedIntoId: string | null, mergedIntoTitle: string | null, voteCount: number, votedByMe: boolean, followedByMe: boolean, commentCount: number, escalationLevel: number, createdAt: string, answerDueAt: string, firstResponseAt: string | null, hoursToFirstResponse: number | null, author: { id: string, name: string } | null, owner: { id: string, name: string, title: string } | null };

export type IdeaDetailFieldsFragment = { proposal: string, id: string, title: string, problem: string, category: string, status: IdeaStatus, nextStatuses: Array<IdeaStatus>, anonymous: boolean, teamName: string | null, canAnswer: boolean, canEdit: boolean, mergedIntoId: string | null, mergedIntoTitle: string | null, voteCount: number, votedByMe: boolean, followedByMe: boolean, commentCount: number, escalationLevel: number, createdAt: string, answerDueAt: string, firstResponseAt: string | null, hoursToFirstResponse: number | null, responses: Array<{ id: string, fromStatus: IdeaStatus, toStatus: IdeaStatus, response: string, createdAt: string, responder: { id: string, name: string } }>, comments: Array<{ id: string, text: string, createdAt: string, author: { id: string, name: string } }>, author: { id: string, name: string } | null, owner: { id: string, name: string, title: string } | null };

export type MoveIdeaMutationVariables = Exact<{
  id: string | number;
  status: IdeaStatus;
  response: string;
  mergeIntoId?: string | number | null | undefined;
}>;


export type MoveIdeaMutation = { moveIdea: { proposal: string, id: string, title: string, problem: string, category: string, status: IdeaStatus, nextStatuses: Array<IdeaStatus>, anonymous: boolean, teamName: string | null, canAnswer: boolean, canEdit: boolean, mergedIntoId: string | null, mergedIntoTitle: string | null, voteCount: number, votedByMe: boolean, followedByMe: boolean, commentCount: number, escalationLevel: number, createdAt: string, answerDueAt: string, firstResponseAt: string | null, hoursToFirstResponse: number | null, responses: Array<{ id: string, fromStatus: IdeaStatus, toStatus: IdeaStatus, response: string, createdAt: string, responder: { id: string, name: string } }>, comments: Array<{ id: string, text: string, createdAt: string, author: { id: string, name: string } }>, author: { id: string, name: string } | null, owner: { id: string, name: string, title: string } | null } };

export type ReassignIdeaMutationVariables = Exact<{
  id: string | number;
  ownerId: string | number;
}>;


export type ReassignIdeaMutation = { reassignIdea: { id: string, title: string, problem: string, category: string, status: IdeaStatus, nextStatuses: Array<IdeaStatus>, anonymous: boolean, teamName: string | null, canAnswer: boolean, canEdit: boolean, mergedIntoId: string | null, mergedIntoTitle: string | null, voteCount: number, votedByMe: boolean, followedByMe: boolean, commentCount: number, escalationLevel: number, createdAt: string, answerDueAt: string, firstResponseAt: string | null, hoursToFirstResponse: number | null, author: { id: string, name: string } | null, owner: { id: string, name: string, title: string } | null } };

export type SearchMergeTargetsQueryVariables = Exact<{
  search: string;
  first?: number | null | undefined;
}>;


export type SearchMergeTargetsQuery = { ideas: { nodes: Array<{ id: string, title: string, status: IdeaStatus, nextStatuses: Array<IdeaStatus>, voteCount: number }> } };

export type SearchIdeaOwnersQueryVariables = Exact<{
  search: string;
  first?: number | null | undefined;
}>;


export type SearchIdeaOwnersQuery = { directory: { nodes: Array<{ id: string, name: string, title: string, team: { name: string } | null }> } };

export type SubmitIdeaMutationVariables = Exact<{
  input: IdeaInput;
  submissionId?: string | number | null | undefined;
  followToken?: string | null | undefined;
}>;


export type SubmitIdeaMutation = { submitIdea: { followToken: string | null, idea: { proposal: string, id: string, title: string, problem: string, category: string, status: IdeaStatus, nextStatuses: Array<IdeaStatus>, anonymous: boolean, teamName: string | null, canAnswer: boolean, canEdit: boolean, mergedIntoId: string | null, mergedIntoTitle: string | null, voteCount: number, votedByMe: boolean, followedByMe: boolean, commentCount: number, escalationLevel: number, createdAt: string, answerDueAt: string, firstResponseAt: string | null, hoursToFirstResponse: number | null, responses: Array<{ id: string, fromStatus: IdeaStatus, toStatus: IdeaStatus, response: string, createdAt: string, responder: { id: string, name: string } }>, comments: Array<{ id: string, text: string, createdAt: string, author: { id: string, name: string } }>, author: { id: string, name: string } | null, owner: { id: string, name: string, title: string } | null } } };

export type VoteForIdeaMutationVariables = Exact<{
  id: string | number;
}>;


export type VoteForIdeaMutation = { voteForIdea: { id: string, title: string, problem: string, category: string, status: IdeaStatus, nextStatuses: Array<IdeaStatus>, anonymous: boolean, teamName: string | null, canAnswer: boolean, canEdit: boolean, mergedIntoId: string | null, mergedIntoTitle: string | null, voteCount: number, votedByMe: boolean, followedByMe: boolean, commentCount: number, escalationLevel: number, createdAt: string, answerDueAt: string, firstResponseAt: string | null, hoursToFirstResponse: number | null, author: { id: string, name: string } | null, owner: { id: string, name: string, title: string } | null } };

export type WithdrawVoteMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawVoteMutation = { withdrawVote: { id: string, title: string, problem: string, category: string, status: IdeaStatus, nextStatuses: Array<IdeaStatus>, anonymous: boolean, teamName: string | null, canAnswer: boolean, canEdit: boolean, mergedIntoId: string | null, mergedIntoTitle: string | null, voteCount: number, votedByMe: boolean, followedByMe: boolean, commentCount: number, escalationLevel: number, createdAt: string, answerDueAt: string, firstResponseAt: string | null, hoursToFirstResponse: number | null, author: { id: string, name: string } | null, owner: { id: string, name: string, title: string } | null } };

export type GetCompanyInsightsFiltersQueryVariables = Exact<{ [key: string]: never; }>;


export type GetCompanyInsightsFiltersQuery = { teams: Array<{ id: string, name: string }>, dashboardFilters: { levels: Array<number>, timeZones: Array<string> } };

export type GetCompanyTimeZoneQueryVariables = Exact<{ [key: string]: never; }>;


export type GetCompanyTimeZoneQuery = { company: { timeZone: string } };

export type GetHrDashboardQueryVariables = Exact<{
  teamIds?: Array<string | number> | string | number | null | undefined;
  levels?: Array<number> | number | null | undefined;
  timeZones?: Array<string> | string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type GetHrDashboardQuery = { hrDashboard: { headcount: number, kudos: number, recognisedPeople: number, reach: number, period: { from: string, to: string, bucket: string, timeZone: string }, recognition: Array<{ start: string, given: number, received: number, recognisedPeople: number }>, recognitionByValue: Array<{ label: string, count: number }>, recognitionFlows: Array<{ from: string, to: string, count: number }>, ideas: { submitted: number, answered: number, waiting: number, medianHoursToAnswer: number | null, p90HoursToAnswer: number | null, slaHours: number, withinSlaShare: number | null, funnel: Array<{ label: string, count: number }> }, enps: Array<{ roundId: string, question: string, opensAt: string, answers: number, enps: number | null, leftOut: number, withheldReason: string | null }>, oneOnOnesByManager: Array<{ series: number, expected: number, held: number, rate: number | null, overdue: number, manager: { id: string, name: string }, report: { id: string, name: string } | null }>, participation: { checkIns: number, kudosGiving: number, latestPulse: number | null } } };

export type GetManagerDashboardQueryVariables = Exact<{
  managerId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type GetManagerDashboardQuery = { managerDashboard: { people: number, manager: { id: string, name: string, title: string }, period: { from: string, to: string, bucket: string, timeZone: string }, recognition: Array<{ start: string, given: number, received: number, recognisedPeople: number }>, recognitionByPerson: Array<{ given: number, received: number, lastRecognisedAt: string | null, person: { id: string, name: string, title: string } }>, notRecognised: Array<{ days: number, people: Array<{ lastRecognisedAt: string | null, person: { id: string, name: string, title: string } }> }>, oneOnOnes: Array<{ series: number, expected: number, held: number, rate: number | null, overdue: number, manager: { id: string, name: string }, report: { id: string, name: string } | null }>, checkIns: Array<{ week: string, submitted: number, people: number, averageMood: number | null }>, openActionItems: Array<{ open: number, overdue: number, owner: { id: string, name: string } }>, ideas: { submitted: number, answered: number, waiting: number, medianHoursToAnswer: number | null, p90HoursToAnswer: number | null, slaHours: number, withinSlaShare: number | null, funnel: Array<{ label: string, count: number }> } } };

export type GetManagersBelowQueryVariables = Exact<{
  managerId: string | number;
}>;


export type GetManagersBelowQuery = { reportsOf: Array<{ id: string, name: string, isManager: boolean }> };

export type DashboardPeriodFieldsFragment = { from: string, to: string, bucket: string, timeZone: string };

export type RecognitionPointFieldsFragment = { start: string, given: number, received: number, recognisedPeople: number };

export type OneOnOneAdherenceFieldsFragment = { series: number, expected: number, held: number, rate: number | null, overdue: number, manager: { id: string, name: string }, report: { id: string, name: string } | null };

export type IdeaSummaryFieldsFragment = { submitted: number, answered: number, waiting: number, medianHoursToAnswer: number | null, p90HoursToAnswer: number | null, slaHours: number, withinSlaShare: number | null, funnel: Array<{ label: string, count: number }> };

export type NotificationPreferencesFieldsFragment = { emailAddress: string, oneOnOneReminderHours: Array<number>, categories: Array<{ category: NotificationCategory, label: string, email: boolean }>, calendarFeed: { active: boolean, createdAt: string | null } };

export type GetNotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type GetNotificationPreferencesQuery = { notificationPreferences: { emailAddress: string, oneOnOneReminderHours: Array<number>, categories: Array<{ category: NotificationCategory, label: string, email: boolean }>, calendarFeed: { active: boolean, createdAt: string | null } } };

export type GetNotificationsQueryVariables = Exact<{
  first?: number | null | undefined;
  before?: string | null | undefined;
  unreadOnly?: boolean | null | undefined;
}>;


export type GetNotificationsQuery = { notifications: { unreadCount: number, hasMore: boolean, items: Array<{ id: string, kind: string, category: NotificationCategory, title: string, link: string, createdAt: string, read: boolean }> } };

export type GetUnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type GetUnreadNotificationCountQuery = { notifications: { unreadCount: number } };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: { unreadCount: number } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: { unreadCount: number } };

export type NotificationFieldsFragment = { id: string, kind: string, category: NotificationCategory, title: string, link: string, createdAt: string, read: boolean };

export type NotificationsChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationsChangedSubscription = { notificationsChanged: { unreadCount: number, notification: { id: string, kind: string, category: NotificationCategory, title: string, link: string, createdAt: string, read: boolean } | null } };

export type ResetCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type ResetCalendarFeedMutation = { resetCalendarFeed: string };

export type RevokeCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeCalendarFeedMutation = { revokeCalendarFeed: { emailAddress: string, oneOnOneReminderHours: Array<number>, categories: Array<{ category: NotificationCategory, label: string, email: boolean }>, calendarFeed: { active: boolean, createdAt: string | null } } };

export type UpdateNotificationPreferencesMutationVariables = Exact<{
  input: NotificationPreferencesInput;
}>;


export type UpdateNotificationPreferencesMutation = { updateNotificationPreferences: { emailAddress: string, oneOnOneReminderHours: Array<number>, categories: Array<{ category: NotificationCategory, label: string, email: boolean }>, calendarFeed: { active: boolean, createdAt: string | null } } };

export type AddActionItemMutationVariables = Exact<{
  meetingId: string | number;
  input: ActionItemInput;
}>;


export type AddActionItemMutation = { addActionItem: { id: string, occurrenceDate: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus, heldAt: string | null, sharedNotes: string, sharedNotesVersion: number, myPrivateNote: string, series: { id: string, cadence: OneOnOneCadence, weekday: number, localTime: string, timeZone: string, durationMinutes: number, startsOn: string, viewerIsManager: boolean, lastHeldAt: string | null, overdue: boolean, openActionItemCount: number, manager: { id: string, name: string, title: string }, report: { id: string, name: string, title: string }, nextMeeting: { id: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus } }, agenda: Array<{ id: string, text: string, discussed: boolean, carriedOver: boolean, fromCheckIn: boolean, createdAt: string, author: { id: string, name: string } }>, actionItems: Array<{ id: string, text: string, dueOn: string | null, done: boolean, doneAt: string | null, createdFor: string, carriedOver: boolean, owner: { id: string, name: string } }> } };

export type AddAgendaItemMutationVariables = Exact<{
  meetingId: string | number;
  text: string;
}>;


export type AddAgendaItemMutation = { addAgendaItem: { id: string, occurrenceDate: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus, heldAt: string | null, sharedNotes: string, sharedNotesVersion: number, myPrivateNote: string, series: { id: string, cadence: OneOnOneCadence, weekday: number, localTime: string, timeZone: string, durationMinutes: number, startsOn: string, viewerIsManager: boolean, lastHeldAt: string | null, overdue: boolean, openActionItemCount: number, manager: { id: string, name: string, title: string }, report: { id: string, name: string, title: string }, nextMeeting: { id: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus } }, agenda: Array<{ id: string, text: string, discussed: boolean, carriedOver: boolean, fromCheckIn: boolean, createdAt: string, author: { id: string, name: string } }>, actionItems: Array<{ id: string, text: string, dueOn: string | null, done: boolean, doneAt: string | null, createdFor: string, carriedOver: boolean, owner: { id: string, name: string } }> } };

export type OneOnOneMeetingQueryVariables = Exact<{
  id: string | number;
}>;


export type OneOnOneMeetingQuery = { oneOnOneMeeting: { id: string, occurrenceDate: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus, heldAt: string | null, sharedNotes: string, sharedNotesVersion: number, myPrivateNote: string, series: { id: string, cadence: OneOnOneCadence, weekday: number, localTime: string, timeZone: string, durationMinutes: number, startsOn: string, viewerIsManager: boolean, lastHeldAt: string | null, overdue: boolean, openActionItemCount: number, manager: { id: string, name: string, title: string }, report: { id: string, name: string, title: string }, nextMeeting: { id: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus } }, agenda: Array<{ id: string, text: string, discussed: boolean, carriedOver: boolean, fromCheckIn: boolean, createdAt: string, author: { id: string, name: string } }>, actionItems: Array<{ id: string, text: string, dueOn: string | null, done: boolean, doneAt: string | null, createdFor: string, carriedOver: boolean, owner: { id: string, name: string } }> } };

export type MyOneOnOnesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOneOnOnesQuery = { myOneOnOnes: { series: Array<{ id: string, cadence: OneOnOneCadence, weekday: number, localTime: string, timeZone: string, durationMinutes: number, startsOn: string, viewerIsManager: boolean, lastHeldAt: string | null, overdue: boolean, openActionItemCount: number, manager: { id: string, name: string, title: string }, report: { id: string, name: string, title: string }, nextMeeting: { id: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus } }>, upcoming: Array<{ id: string, occurrenceDate: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus, heldAt: string | null, series: { id: string, viewerIsManager: boolean, manager: { id: string, name: string, title: string }, report: { id: string, name: string, title: string } } }>, past: Array<{ id: string, occurrenceDate: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus, heldAt: string | null, series: { id: string, viewerIsManager: boolean, manager: { id: string, name: string, title: string }, report: { id: string, name: string, title: string } } }> } };

export type MyTimeZoneQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTimeZoneQuery = { me: { id: string, timeZone: string } | null };

export type ReportsOneOnOnesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportsOneOnOnesQuery = { myReportsOneOnOnes: Array<{ lastHeldAt: string | null, daysSinceLastHeld: number | null, overdue: boolean, report: { id: string, name: string, title: string }, series: { id: string, cadence: OneOnOneCadence, weekday: number, localTime: string, timeZone: string, durationMinutes: number, startsOn: string, viewerIsManager: boolean, lastHeldAt: string | null, overdue: boolean, openActionItemCount: number, manager: { id: string, name: string, title: string }, report: { id: string, name: string, title: string }, nextMeeting: { id: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus } } | null }> };

export type OneOnOneSeriesQueryVariables = Exact<{
  id: string | number;
}>;


export type OneOnOneSeriesQuery = { oneOnOneSeries: { id: string, cadence: OneOnOneCadence, weekday: number, localTime: string, timeZone: string, durationMinutes: number, startsOn: string, viewerIsManager: boolean, lastHeldAt: string | null, overdue: boolean, openActionItemCount: number, upcoming: Array<{ id: string, occurrenceDate: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus, heldAt: string | null, series: { id: string, viewerIsManager: boolean, manager: { id: string, name: string, title: string }, report: { id: string, name: string, title: string } } }>, manager: { id: string, name: string, title: string }, report: { id: string, name: string, title: string }, nextMeeting: { id: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus } } };

export type MarkOneOnOneHeldMutationVariables = Exact<{
  meetingId: string | number;
}>;


export type MarkOneOnOneHeldMutation = { markOneOnOneHeld: { id: string, occurrenceDate: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus, heldAt: string | null, sharedNotes: string, sharedNotesVersion: number, myPrivateNote: string, series: { id: string, cadence: OneOnOneCadence, weekday: number, localTime: string, timeZone: string, durationMinutes: number, startsOn: string, viewerIsManager: boolean, lastHeldAt: string | null, overdue: boolean, openActionItemCount: number, manager: { id: string, name: string, title: string }, report: { id: string, name: string, title: string }, nextMeeting: { id: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus } }, agenda: Array<{ id: string, text: string, discussed: boolean, carriedOver: boolean, fromCheckIn: boolean, createdAt: string, author: { id: string, name: string } }>, actionItems: Array<{ id: string, text: string, dueOn: string | null, done: boolean, doneAt: string | null, createdFor: string, carriedOver: boolean, owner: { id: string, name: string } }> } };

export type MoveOneOnOneMutationVariables = Exact<{
  meetingId: string | number;
  startsAt: string;
}>;


export type MoveOneOnOneMutation = { moveOneOnOne: { id: string, occurrenceDate: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus, heldAt: string | null, sharedNotes: string, sharedNotesVersion: number, myPrivateNote: string, series: { id: string, cadence: OneOnOneCadence, weekday: number, localTime: string, timeZone: string, durationMinutes: number, startsOn: string, viewerIsManager: boolean, lastHeldAt: string | null, overdue: boolean, openActionItemCount: number, manager: { id: string, name: string, title: string }, report: { id: string, name: string, title: string }, nextMeeting: { id: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus } }, agenda: Array<{ id: string, text: string, discussed: boolean, carriedOver: boolean, fromCheckIn: boolean, createdAt: string, author: { id: string, name: string } }>, actionItems: Array<{ id: string, text: string, dueOn: string | null, done: boolean, doneAt: string | null, createdFor: string, carriedOver: boolean, owner: { id: string, name: string } }> } };

export type OneOnOneSeriesFieldsFragment = { id: string, cadence: OneOnOneCadence, weekday: number, localTime: string, timeZone: string, durationMinutes: number, startsOn: string, viewerIsManager: boolean, lastHeldAt: string | null, overdue: boolean, openActionItemCount: number, manager: { id: string, name: string, title: string }, report: { id: string, name: string, title: string }, nextMeeting: { id: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus } };

export type OneOnOneMeetingSummaryFieldsFragment = { id: string, occurrenceDate: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus, heldAt: string | null, series: { id: string, viewerIsManager: boolean, manager: { id: string, name: string, title: string }, report: { id: string, name: string, title: string } } };

export type OneOnOneMeetingFieldsFragment = { id: string, occurrenceDate: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus, heldAt: string | null, sharedNotes: string, sharedNotesVersion: number, myPrivateNote: string, series: { id: string, cadence: OneOnOneCadence, weekday: number, localTime: string, timeZone: string, durationMinutes: number, startsOn: string, viewerIsManager: boolean, lastHeldAt: string | null, overdue: boolean, openActionItemCount: number, manager: { id: string, name: string, title: string }, report: { id: string, name: string, title: string }, nextMeeting: { id: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus } }, agenda: Array<{ id: string, text: string, discussed: boolean, carriedOver: boolean, fromCheckIn: boolean, createdAt: string, author: { id: string, name: string } }>, actionItems: Array<{ id: string, text: string, dueOn: string | null, done: boolean, doneAt: string | null, createdFor: string, carriedOver: boolean, owner: { id: string, name: string } }> };

export type RemoveAgendaItemMutationVariables = Exact<{
  meetingId: string | number;
  itemId: string | number;
}>;


export type RemoveAgendaItemMutation = { removeAgendaItem: { id: string, occurrenceDate: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus, heldAt: string | null, sharedNotes: string, sharedNotesVersion: number, myPrivateNote: string, series: { id: string, cadence: OneOnOneCadence, weekday: number, localTime: string, timeZone: string, durationMinutes: number, startsOn: string, viewerIsManager: boolean, lastHeldAt: string | null, overdue: boolean, openActionItemCount: number, manager: { id: string, name: string, title: string }, report: { id: string, name: string, title: string }, nextMeeting: { id: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus } }, agenda: Array<{ id: string, text: string, discussed: boolean, carriedOver: boolean, fromCheckIn: boolean, createdAt: string, author: { id: string, name: string } }>, actionItems: Array<{ id: string, text: string, dueOn: string | null, done: boolean, doneAt: string | null, createdFor: string, carriedOver: boolean, owner: { id: string, name: string } }> } };

export type ReorderAgendaMutationVariables = Exact<{
  meetingId: string | number;
  itemIds: Array<string | number> | string | number;
}>;


export type ReorderAgendaMutation = { reorderAgenda: { id: string, occurrenceDate: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus, heldAt: string | null, sharedNotes: string, sharedNotesVersion: number, myPrivateNote: string, series: { id: string, cadence: OneOnOneCadence, weekday: number, localTime: string, timeZone: string, durationMinutes: number, startsOn: string, viewerIsManager: boolean, lastHeldAt: string | null, overdue: boolean, openActionItemCount: number, manager: { id: string, name: string, title: string }, report: { id: string, name: string, title: string }, nextMeeting: { id: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus } }, agenda: Array<{ id: string, text: string, discussed: boolean, carriedOver: boolean, fromCheckIn: boolean, createdAt: string, author: { id: string, name: string } }>, actionItems: Array<{ id: string, text: string, dueOn: string | null, done: boolean, doneAt: string | null, createdFor: string, carriedOver: boolean, owner: { id: string, name: string } }> } };

export type SavePrivateNoteMutationVariables = Exact<{
  meetingId: string | number;
  text: string;
}>;


export type SavePrivateNoteMutation = { savePrivateNote: { id: string, occurrenceDate: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus, heldAt: string | null, sharedNotes: string, sharedNotesVersion: number, myPrivateNote: string, series: { id: string, cadence: OneOnOneCadence, weekday: number, localTime: string, timeZone: string, durationMinutes: number, startsOn: string, viewerIsManager: boolean, lastHeldAt: string | null, overdue: boolean, openActionItemCount: number, manager: { id: string, name: string, title: string }, report: { id: string, name: string, title: string }, nextMeeting: { id: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus } }, agenda: Array<{ id: string, text: string, discussed: boolean, carriedOver: boolean, fromCheckIn: boolean, createdAt: string, author: { id: string, name: string } }>, actionItems: Array<{ id: string, text: string, dueOn: string | null, done: boolean, doneAt: string | null, createdFor: string, carriedOver: boolean, owner: { id: string, name: string } }> } };

export type SaveSharedNotesMutationVariables = Exact<{
  meetingId: string | number;
  text: string;
  version: number;
}>;


export type SaveSharedNotesMutation = { saveSharedNotes: { id: string, occurrenceDate: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus, heldAt: string | null, sharedNotes: string, sharedNotesVersion: number, myPrivateNote: string, series: { id: string, cadence: OneOnOneCadence, weekday: number, localTime: string, timeZone: string, durationMinutes: number, startsOn: string, viewerIsManager: boolean, lastHeldAt: string | null, overdue: boolean, openActionItemCount: number, manager: { id: string, name: string, title: string }, report: { id: string, name: string, title: string }, nextMeeting: { id: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus } }, agenda: Array<{ id: string, text: string, discussed: boolean, carriedOver: boolean, fromCheckIn: boolean, createdAt: string, author: { id: string, name: string } }>, actionItems: Array<{ id: string, text: string, dueOn: string | null, done: boolean, doneAt: string | null, createdFor: string, carriedOver: boolean, owner: { id: string, name: string } }> } };

export type ScheduleOneOnOneMutationVariables = Exact<{
  reportId: string | number;
  input: OneOnOneScheduleInput;
}>;


export type ScheduleOneOnOneMutation = { scheduleOneOnOne: { id: string, cadence: OneOnOneCadence, weekday: number, localTime: string, timeZone: string, durationMinutes: number, startsOn: string, viewerIsManager: boolean, lastHeldAt: string | null, overdue: boolean, openActionItemCount: number, manager: { id: string, name: string, title: string }, report: { id: string, name: string, title: string }, nextMeeting: { id: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus } } };

export type SetActionItemDoneMutationVariables = Exact<{
  meetingId: string | number;
  itemId: string | number;
  done: boolean;
}>;


export type SetActionItemDoneMutation = { setActionItemDone: { id: string, occurrenceDate: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus, heldAt: string | null, sharedNotes: string, sharedNotesVersion: number, myPrivateNote: string, series: { id: string, cadence: OneOnOneCadence, weekday: number, localTime: string, timeZone: string, durationMinutes: number, startsOn: string, viewerIsManager: boolean, lastHeldAt: string | null, overdue: boolean, openActionItemCount: number, manager: { id: string, name: string, title: string }, report: { id: string, name: string, title: string }, nextMeeting: { id: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus } }, agenda: Array<{ id: string, text: string, discussed: boolean, carriedOver: boolean, fromCheckIn: boolean, createdAt: string, author: { id: string, name: string } }>, actionItems: Array<{ id: string, text: string, dueOn: string | null, done: boolean, doneAt: string | null, createdFor: string, carriedOver: boolean, owner: { id: string, name: string } }> } };

export type SetAgendaItemDiscussedMutationVariables = Exact<{
  meetingId: string | number;
  itemId: string | number;
  discussed: boolean;
}>;


export type SetAgendaItemDiscussedMutation = { setAgendaItemDiscussed: { id: string, occurrenceDate: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus, heldAt: string | null, sharedNotes: string, sharedNotesVersion: number, myPrivateNote: string, series: { id: string, cadence: OneOnOneCadence, weekday: number, localTime: string, timeZone: string, durationMinutes: number, startsOn: string, viewerIsManager: boolean, lastHeldAt: string | null, overdue: boolean, openActionItemCount: number, manager: { id: string, name: string, title: string }, report: { id: string, name: string, title: string }, nextMeeting: { id: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus } }, agenda: Array<{ id: string, text: string, discussed: boolean, carriedOver: boolean, fromCheckIn: boolean, createdAt: string, author: { id: string, name: string } }>, actionItems: Array<{ id: string, text: string, dueOn: string | null, done: boolean, doneAt: string | null, createdFor: string, carriedOver: boolean, owner: { id: string, name: string } }> } };

export type SkipOneOnOneMutationVariables = Exact<{
  meetingId: string | number;
}>;


export type SkipOneOnOneMutation = { skipOneOnOne: { id: string, occurrenceDate: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus, heldAt: string | null, sharedNotes: string, sharedNotesVersion: number, myPrivateNote: string, series: { id: string, cadence: OneOnOneCadence, weekday: number, localTime: string, timeZone: string, durationMinutes: number, startsOn: string, viewerIsManager: boolean, lastHeldAt: string | null, overdue: boolean, openActionItemCount: number, manager: { id: string, name: string, title: string }, report: { id: string, name: string, title: string }, nextMeeting: { id: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus } }, agenda: Array<{ id: string, text: string, discussed: boolean, carriedOver: boolean, fromCheckIn: boolean, createdAt: string, author: { id: string, name: string } }>, actionItems: Array<{ id: string, text: string, dueOn: string | null, done: boolean, doneAt: string | null, createdFor: string, carriedOver: boolean, owner: { id: string, name: string } }> } };

export type UpdateOneOnOneScheduleMutationVariables = Exact<{
  seriesId: string | number;
  input: OneOnOneScheduleInput;
}>;


export type UpdateOneOnOneScheduleMutation = { updateOneOnOneSchedule: { id: string, cadence: OneOnOneCadence, weekday: number, localTime: string, timeZone: string, durationMinutes: number, startsOn: string, viewerIsManager: boolean, lastHeldAt: string | null, overdue: boolean, openActionItemCount: number, manager: { id: string, name: string, title: string }, report: { id: string, name: string, title: string }, nextMeeting: { id: string, startsAt: string, endsAt: string, moved: boolean, status: OneOnOneStatus } } };

export type GetDirectoryQueryVariables = Exact<{
  search?: string | null | undefined;
  teamId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GetDirectoryQuery = { directory: { endCursor: string | null, hasNextPage: boolean, totalCount: number, nodes: Array<{ id: string, name: string, title: string, email: string, isManager: boolean, team: { id: string, name: string } | null }> } };

export type GetEmployeeQueryVariables = Exact<{
  id: string | number;
}>;


export type GetEmployeeQuery = { employee: { id: string, name: string, email: string, title: string, timeZone: string, startDate: string | null, active: boolean, isHrAdmin: boolean, isManager: boolean, reportCount: number, team: { id: string, name: string } | null, manager: { id: string, name: string, title: string } | null } | null };

export type GetOrgImportQueryVariables = Exact<{
  id: string | number;
}>;


export type GetOrgImportQuery = { orgImport: { id: string, status: OrgImportStatus, totalRows: number, processedRows: number, created: number, updated: number, unchanged: number, deactivated: number, startedAt: string, finishedAt: string | null, failure: string | null } | null };

export type GetOrgImportsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type GetOrgImportsQuery = { orgImports: Array<{ id: string, status: OrgImportStatus, totalRows: number, processedRows: number, created: number, updated: number, unchanged: number, deactivated: number, startedAt: string, finishedAt: string | null, failure: string | null }> };

export type GetReportsQueryVariables = Exact<{
  managerId: string | number;
}>;


export type GetReportsQuery = { reportsOf: Array<{ id: string, name: string, title: string, timeZone: string, isManager: boolean, reportCount: number }> };

export type GetTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type GetTeamsQuery = { teams: Array<{ id: string, name: string, memberCount: number }> };

export type ImportOrganisationMutationVariables = Exact<{
  csv: string;
}>;


export type ImportOrganisationMutation = { importOrganisation: { import: { id: string, status: OrgImportStatus, totalRows: number, processedRows: number, created: number, updated: number, unchanged: number, deactivated: number, startedAt: string, finishedAt: string | null, failure: string | null } | null, errors: Array<{ line: number, column: string | null, message: string }> } };

export type UpdateMyProfileMutationVariables = Exact<{
  input: MyProfileInput;
}>;


export type UpdateMyProfileMutation = { updateMyProfile: { id: string, name: string, email: string, title: string, timeZone: string, startDate: string | null, active: boolean, isHrAdmin: boolean, isManager: boolean, reportCount: number, team: { id: string, name: string } | null, manager: { id: string, name: string, title: string } | null } };

export type AnswerPulseMutationVariables = Exact<{
  roundId: string | number;
  score: number;
  comment?: string | null | undefined;
}>;


export type AnswerPulseMutation = { answerPulse: { id: string, question: string, opensAt: string, closesAt: string, open: boolean, answeredByMe: boolean, answers: number } };

export type CurrentPulseQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentPulseQuery = { currentPulse: { id: string, question: string, opensAt: string, closesAt: string, open: boolean, answeredByMe: boolean, answers: number } | null };

export type PulseResultsQueryVariables = Exact<{
  roundId?: string | number | null | undefined;
  teamId?: string | number | null | undefined;
}>;


export type PulseResultsQuery = { pulseResults: { teamName: string | null, answers: number, shown: boolean, explanation: string, minimumAnswers: number, minimumComments: number, enps: number | null, promoters: number | null, passives: number | null, detractors: number | null, comments: Array<string> | null, round: { id: string, question: string, opensAt: string, closesAt: string, open: boolean, answeredByMe: boolean, answers: number } | null } };

export type PulseRoundsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type PulseRoundsQuery = { pulseRounds: Array<{ id: string, question: string, opensAt: string, closesAt: string, open: boolean, answeredByMe: boolean, answers: number }> };

export type PulseTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type PulseTeamsQuery = { teams: Array<{ id: string, name: string }> };

export type OpenPulseRoundMutationVariables = Exact<{
  question?: string | null | undefined;
}>;


export type OpenPulseRoundMutation = { openPulseRound: { id: string, question: string, opensAt: string, closesAt: string, open: boolean, answeredByMe: boolean, answers: number } };

export type PulseRoundFieldsFragment = { id: string, question: string, opensAt: string, closesAt: string, open: boolean, answeredByMe: boolean, answers: number };

export type SetPulseCadenceMutationVariables = Exact<{
  days: number;
}>;


export type SetPulseCadenceMutation = { setPulseCadence: number };

export type CommentOnKudosMutationVariables = Exact<{
  kudosId: string | number;
  text: string;
}>;


export type CommentOnKudosMutation = { commentOnKudos: { id: string, kudosId: string, text: string, createdAt: string, author: { id: string, name: string } } };

export type GetKudosOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type GetKudosOptionsQuery = { kudosReactions: Array<string>, company: { values: Array<string> } };

export type GetKudosQueryVariables = Exact<{
  id: string | number;
}>;


export type GetKudosQuery = { kudos: { id: string, message: string, value: string, points: number, createdAt: string, commentCount: number, giver: { id: string, name: string }, recipients: Array<{ id: string, name: string }>, reactions: Array<{ emoji: string, count: number, reactedByMe: boolean }>, comments: Array<{ id: string, text: string, createdAt: string, author: { id: string, name: string } }> } | null };

export type GetLeaderboardFiltersQueryVariables = Exact<{ [key: string]: never; }>;


export type GetLeaderboardFiltersQuery = { company: { values: Array<string> }, teams: Array<{ id: string, name: string }> };

export type GetLeaderboardQueryVariables = Exact<{
  kind: LeaderboardKind;
  period: LeaderboardPeriod;
  value?: string | null | undefined;
  teamId?: string | number | null | undefined;
  first?: number | null | undefined;
}>;


export type GetLeaderboardQuery = { leaderboard: Array<{ rank: number, kudosCount: number, points: number, employee: { id: string, name: string, title: string } }> };

export type GetMyAllowanceQueryVariables = Exact<{ [key: string]: never; }>;


export type GetMyAllowanceQuery = { myAllowance: { monthlyAllowance: number, spent: number, remaining: number, resetsAt: string, receivedThisMonth: number, receivedTotal: number, receivedKudos: number }, company: { timeZone: string } };

export type GetRecognitionFeedQueryVariables = Exact<{
  scope: FeedScope;
  teamId?: string | number | null | undefined;
  employeeId?: string | number | null | undefined;
  direction: KudosDirection;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GetRecognitionFeedQuery = { recognitionFeed: { endCursor: string | null, hasNextPage: boolean, nodes: Array<{ id: string, message: string, value: string, points: number, createdAt: string, commentCount: number, giver: { id: string, name: string }, recipients: Array<{ id: string, name: string }>, reactions: Array<{ emoji: string, count: number, reactedByMe: boolean }>, comments: Array<{ id: string, text: string, createdAt: string, author: { id: string, name: string } }> }> } };

export type GiveKudosMutationVariables = Exact<{
  input: GiveKudosInput;
}>;


export type GiveKudosMutation = { giveKudos: { id: string, message: string, value: string, points: number, createdAt: string, commentCount: number, giver: { id: string, name: string }, recipients: Array<{ id: string, name: string }>, reactions: Array<{ emoji: string, count: number, reactedByMe: boolean }>, comments: Array<{ id: string, text: string, createdAt: string, author: { id: string, name: string } }> } };

export type KudosCardFieldsFragment = { id: string, message: string, value: string, points: number, createdAt: string, commentCount: number, giver: { id: string, name: string }, recipients: Array<{ id: string, name: string }>, reactions: Array<{ emoji: string, count: number, reactedByMe: boolean }>, comments: Array<{ id: string, text: string, createdAt: string, author: { id: string, name: string } }> };

export type KudosGivenSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type KudosGivenSubscription = { kudosGiven: { id: string, message: string, value: string, points: number, createdAt: string, commentCount: number, giver: { id: string, name: string }, recipients: Array<{ id: string, name: string }>, reactions: Array<{ emoji: string, count: number, reactedByMe: boolean }>, comments: Array<{ id: string, text: string, createdAt: string, author: { id: string, name: string } }> } };

export type ReactToKudosMutationVariables = Exact<{
  kudosId: string | number;
  emoji: string;
}>;


export type ReactToKudosMutation = { reactToKudos: { id: string, reactions: Array<{ emoji: string, count: number, reactedByMe: boolean }> } };

export type SearchColleaguesQueryVariables = Exact<{
  search: string;
  first?: number | null | undefined;
}>;


export type SearchColleaguesQuery = { directory: { nodes: Array<{ id: string, name: string, title: string, team: { name: string } | null }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CheckInFieldsFragmentDoc = new TypedDocumentString(`
    fragment CheckInFields on CheckIn {
  id
  employee {
    id
    name
    title
  }
  week
  mood
  wins
  blockers
  priorities
  submittedAt
  replies {
    id
    author {
      id
      name
      title
    }
    text
    createdAt
  }
}
    `, {"fragmentName":"CheckInFields"}) as unknown as TypedDocumentString<CheckInFieldsFragment, unknown>;
export const FeedbackNoteFieldsFragmentDoc = new TypedDocumentString(`
    fragment FeedbackNoteFields on FeedbackNote {
  id
  author {
    id
    name
    title
  }
  recipient {
    id
    name
    title
  }
  text
  visibility
  requestId
  createdAt
}
    `, {"fragmentName":"FeedbackNoteFields"}) as unknown as TypedDocumentString<FeedbackNoteFieldsFragment, unknown>;
export const FeedbackRequestFieldsFragmentDoc = new TypedDocumentString(`
    fragment FeedbackRequestFields on FeedbackRequest {
  id
  requester {
    id
    name
    title
  }
  subject {
    id
    name
    title
  }
  question
  createdAt
  dueAt
}
    `, {"fragmentName":"FeedbackRequestFields"}) as unknown as TypedDocumentString<FeedbackRequestFieldsFragment, unknown>;
export const IdeaCardFieldsFragmentDoc = new TypedDocumentString(`
    fragment IdeaCardFields on Idea {
  id
  title
  problem
  category
  status
  nextStatuses
  author {
    id
    name
  }
  anonymous
  teamName
  owner {
    id
    name
    title
  }
  canAnswer
  canEdit
  mergedIntoId
  mergedIntoTitle
  voteCount
  votedByMe
  followedByMe
  commentCount
  escalationLevel
  createdAt
  answerDueAt
  firstResponseAt
  hoursToFirstResponse
}
    `, {"fragmentName":"IdeaCardFields"}) as unknown as TypedDocumentString<IdeaCardFieldsFragment, unknown>;
export const IdeaDetailFieldsFragmentDoc = new TypedDocumentString(`
    fragment IdeaDetailFields on Idea {
  ...IdeaCardFields
  proposal
  responses {
    id
    fromStatus
    toStatus
    response
    responder {
      id
      name
    }
    createdAt
  }
  comments {
    id
    author {
      id
      name
    }
    text
    createdAt
  }
}
    fragment IdeaCardFields on Idea {
  id
  title
  problem
  category
  status
  nextStatuses
  author {
    id
    name
  }
  anonymous
  teamName
  owner {
    id
    name
    title
  }
  canAnswer
  canEdit
  mergedIntoId
  mergedIntoTitle
  voteCount
  votedByMe
  followedByMe
  commentCount
  escalationLevel
  createdAt
  answerDueAt
  firstResponseAt
  hoursToFirstResponse
}`, {"fragmentName":"IdeaDetailFields"}) as unknown as TypedDocumentString<IdeaDetailFieldsFragment, unknown>;
export const DashboardPeriodFieldsFragmentDoc = new TypedDocumentString(`
    fragment DashboardPeriodFields on DashboardPeriod {
  from
  to
  bucket
  timeZone
}
    `, {"fragmentName":"DashboardPeriodFields"}) as unknown as TypedDocumentString<DashboardPeriodFieldsFragment, unknown>;
export const RecognitionPointFieldsFragmentDoc = new TypedDocumentString(`
    fragment RecognitionPointFields on RecognitionPoint {
  start
  given
  received
  recognisedPeople
}
    `, {"fragmentName":"RecognitionPointFields"}) as unknown as TypedDocumentString<RecognitionPointFieldsFragment, unknown>;
export const OneOnOneAdherenceFieldsFragmentDoc = new TypedDocumentString(`
    fragment OneOnOneAdherenceFields on OneOnOneAdherence {
  manager {
    id
    name
  }
  report {
    id
    name
  }
  series
  expected
  held
  rate
  overdue
}
    `, {"fragmentName":"OneOnOneAdherenceFields"}) as unknown as TypedDocumentString<OneOnOneAdherenceFieldsFragment, unknown>;
export const IdeaSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment IdeaSummaryFields on IdeaSummary {
  funnel {
    label
    count
  }
  submitted
  answered
  waiting
  medianHoursToAnswer
  p90HoursToAnswer
  slaHours
  withinSlaShare
}
    `, {"fragmentName":"IdeaSummaryFields"}) as unknown as TypedDocumentString<IdeaSummaryFieldsFragment, unknown>;
export const NotificationPreferencesFieldsFragmentDoc = new TypedDocumentString(`
    fragment NotificationPreferencesFields on NotificationPreferences {
  emailAddress
  categories {
    category
    label
    email
  }
  oneOnOneReminderHours
  calendarFeed {
    active
    createdAt
  }
}
    `, {"fragmentName":"NotificationPreferencesFields"}) as unknown as TypedDocumentString<NotificationPreferencesFieldsFragment, unknown>;
export const NotificationFieldsFragmentDoc = new TypedDocumentString(`
    fragment NotificationFields on Notification {
  id
  kind
  category
  title
  link
  createdAt
  read
}
    `, {"fragmentName":"NotificationFields"}) as unknown as TypedDocumentString<NotificationFieldsFragment, unknown>;
export const OneOnOneMeetingSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment OneOnOneMeetingSummaryFields on OneOnOneMeeting {
  id
  occurrenceDate
  startsAt
  endsAt
  moved
  status
  heldAt
  series {
    id
    viewerIsManager
    manager {
      id
      name
      title
    }
    report {
      id
      name
      title
    }
  }
}
    `, {"fragmentName":"OneOnOneMeetingSummaryFields"}) as unknown as TypedDocumentString<OneOnOneMeetingSummaryFieldsFragment, unknown>;
export const OneOnOneSeriesFieldsFragmentDoc = new TypedDocumentString(`
    fragment OneOnOneSeriesFields on OneOnOneSeries {
  id
  manager {
    id
    name
    title
  }
  report {
    id
    name
    title
  }
  cadence
  weekday
  localTime
  timeZone
  durationMinutes
  startsOn
  viewerIsManager
  nextMeeting {
    id
    startsAt
    endsAt
    moved
    status
  }
  lastHeldAt
  overdue
  openActionItemCount
}
    `, {"fragmentName":"OneOnOneSeriesFields"}) as unknown as TypedDocumentString<OneOnOneSeriesFieldsFragment, unknown>;
export const OneOnOneMeetingFieldsFragmentDoc = new TypedDocumentString(`
    fragment OneOnOneMeetingFields on OneOnOneMeeting {
  id
  occurrenceDate
  startsAt
  endsAt
  moved
  status
  heldAt
  series {
    ...OneOnOneSeriesFields
  }
  agenda {
    id
    text
    author {
      id
      name
    }
    discussed
    carriedOver
    fromCheckIn
    createdAt
  }
  sharedNotes
  sharedNotesVersion
  myPrivateNote
  actionItems {
    id
    text
    owner {
      id
      name
    }
    dueOn
    done
    doneAt
    createdFor
    carriedOver
  }
}
    fragment OneOnOneSeriesFields on OneOnOneSeries {
  id
  manager {
    id
    name
    title
  }
  report {
    id
    name
    title
  }
  cadence
  weekday
  localTime
  timeZone
  durationMinutes
  startsOn
  viewerIsManager
  nextMeeting {
    id
    startsAt
    endsAt
    moved
    status
  }
  lastHeldAt
  overdue
  openActionItemCount
}`, {"fragmentName":"OneOnOneMeetingFields"}) as unknown as TypedDocumentString<OneOnOneMeetingFieldsFragment, unknown>;
export const PulseRoundFieldsFragmentDoc = new TypedDocumentString(`
    fragment PulseRoundFields on PulseRound {
  id
  question
  opensAt
  closesAt
  open
  answeredByMe
  answers
}
    `, {"fragmentName":"PulseRoundFields"}) as unknown as TypedDocumentString<PulseRoundFieldsFragment, unknown>;
export const KudosCardFieldsFragmentDoc = new TypedDocumentString(`
    fragment KudosCardFields on Kudos {
  id
  giver {
    id
    name
  }
  recipients {
    id
    name
  }
  message
  value
  points
  createdAt
  reactions {
    emoji
    count
    reactedByMe
  }
  comments {
    id
    author {
      id
      name
    }
    text
    createdAt
  }
  commentCount
}
    `, {"fragmentName":"KudosCardFields"}) as unknown as TypedDocumentString<KudosCardFieldsFragment, unknown>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const GetMeDocument = new TypedDocumentString(`
    query GetMe {
  me {
    id
    name
    email
    title
    team {
      id
      name
    }
    isManager
    isHrAdmin
    mustChangePassword
  }
}
    `) as unknown as TypedDocumentString<GetMeQuery, GetMeQueryVariables>;
export const GetSingleSignOnDocument = new TypedDocumentString(`
    query GetSingleSignOn {
  singleSignOn {
    displayName
    startUrl
  }
}
    `) as unknown as TypedDocumentString<GetSingleSignOnQuery, GetSingleSignOnQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    id
    name
    email
    title
    team {
      id
      name
    }
    isManager
    isHrAdmin
    mustChangePassword
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const MyCheckInDocument = new TypedDocumentString(`
    query MyCheckIn {
  myCheckIn {
    ...CheckInFields
  }
}
    fragment CheckInFields on CheckIn {
  id
  employee {
    id
    name
    title
  }
  week
  mood
  wins
  blockers
  priorities
  submittedAt
  replies {
    id
    author {
      id
      name
      title
    }
    text
    createdAt
  }
}`) as unknown as TypedDocumentString<MyCheckInQuery, MyCheckInQueryVariables>;
export const MyCheckInsDocument = new TypedDocumentString(`
    query MyCheckIns($first: Int) {
  myCheckIns(first: $first) {
    ...CheckInFields
  }
}
    fragment CheckInFields on CheckIn {
  id
  employee {
    id
    name
    title
  }
  week
  mood
  wins
  blockers
  priorities
  submittedAt
  replies {
    id
    author {
      id
      name
      title
    }
    text
    createdAt
  }
}`) as unknown as TypedDocumentString<MyCheckInsQuery, MyCheckInsQueryVariables>;
export const TeamCheckInsDocument = new TypedDocumentString(`
    query TeamCheckIns($week: DateOnly) {
  teamCheckIns(week: $week) {
    week
    checkIns {
      ...CheckInFields
    }
    missing {
      id
      name
      title
    }
  }
}
    fragment CheckInFields on CheckIn {
  id
  employee {
    id
    name
    title
  }
  week
  mood
  wins
  blockers
  priorities
  submittedAt
  replies {
    id
    author {
      id
      name
      title
    }
    text
    createdAt
  }
}`) as unknown as TypedDocumentString<TeamCheckInsQuery, TeamCheckInsQueryVariables>;
export const ReplyToCheckInDocument = new TypedDocumentString(`
    mutation ReplyToCheckIn($checkInId: ID!, $text: String!) {
  replyToCheckIn(checkInId: $checkInId, text: $text) {
    ...CheckInFields
  }
}
    fragment CheckInFields on CheckIn {
  id
  employee {
    id
    name
    title
  }
  week
  mood
  wins
  blockers
  priorities
  submittedAt
  replies {
    id
    author {
      id
      name
      title
    }
    text
    createdAt
  }
}`) as unknown as TypedDocumentString<ReplyToCheckInMutation, ReplyToCheckInMutationVariables>;
export const SubmitCheckInDocument = new TypedDocumentString(`
    mutation SubmitCheckIn($input: CheckInInput!) {
  submitCheckIn(input: $input) {
    ...CheckInFields
  }
}
    fragment CheckInFields on CheckIn {
  id
  employee {
    id
    name
    title
  }
  week
  mood
  wins
  blockers
  priorities
  submittedAt
  replies {
    id
    author {
      id
      name
      title
    }
    text
    createdAt
  }
}`) as unknown as TypedDocumentString<SubmitCheckInMutation, SubmitCheckInMutationVariables>;
export const CompanyUpdatedDocument = new TypedDocumentString(`
    subscription CompanyUpdated {
  companyUpdated {
    name
    timeZone
    values
    ideaAnswerSlaHours
    monthlyKudosAllowance
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<CompanyUpdatedSubscription, CompanyUpdatedSubscriptionVariables>;
export const GetCompanyDocument = new TypedDocumentString(`
    query GetCompany {
  company {
    name
    timeZone
    values
    ideaAnswerSlaHours
    monthlyKudosAllowance
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<GetCompanyQuery, GetCompanyQueryVariables>;
export const UpdateCompanyProfileDocument = new TypedDocumentString(`
    mutation UpdateCompanyProfile($input: CompanyProfileInput!) {
  updateCompanyProfile(input: $input) {
    name
    timeZone
    values
    ideaAnswerSlaHours
    monthlyKudosAllowance
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<UpdateCompanyProfileMutation, UpdateCompanyProfileMutationVariables>;
export const DeclineFeedbackRequestDocument = new TypedDocumentString(`
    mutation DeclineFeedbackRequest($requestId: ID!) {
  declineFeedbackRequest(requestId: $requestId)
}
    `) as unknown as TypedDocumentString<DeclineFeedbackRequestMutation, DeclineFeedbackRequestMutationVariables>;
export const FeedbackAboutDocument = new TypedDocumentString(`
    query FeedbackAbout($employeeId: ID!) {
  feedbackAbout(employeeId: $employeeId) {
    ...FeedbackNoteFields
  }
}
    fragment FeedbackNoteFields on FeedbackNote {
  id
  author {
    id
    name
    title
  }
  recipient {
    id
    name
    title
  }
  text
  visibility
  requestId
  createdAt
}`) as unknown as TypedDocumentString<FeedbackAboutQuery, FeedbackAboutQueryVariables>;
export const FeedbackInboxDocument = new TypedDocumentString(`
    query FeedbackInbox {
  myFeedbackInbox {
    received {
      ...FeedbackNoteFields
    }
    given {
      ...FeedbackNoteFields
    }
    requestsToMe {
      ...FeedbackRequestFields
    }
    myRequests {
      ...FeedbackRequestFields
      respondents {
        employee {
          id
          name
          title
        }
        status
      }
      answers {
        ...FeedbackNoteFields
      }
    }
  }
}
    fragment FeedbackNoteFields on FeedbackNote {
  id
  author {
    id
    name
    title
  }
  recipient {
    id
    name
    title
  }
  text
  visibility
  requestId
  createdAt
}
fragment FeedbackRequestFields on FeedbackRequest {
  id
  requester {
    id
    name
    title
  }
  subject {
    id
    name
    title
  }
  question
  createdAt
  dueAt
}`) as unknown as TypedDocumentString<FeedbackInboxQuery, FeedbackInboxQueryVariables>;
export const GetUpwardRecipientDocument = new TypedDocumentString(`
    query GetUpwardRecipient {
  me {
    id
    manager {
      id
      name
      title
    }
  }
}
    `) as unknown as TypedDocumentString<GetUpwardRecipientQuery, GetUpwardRecipientQueryVariables>;
export const GetFeedbackSubjectsDocument = new TypedDocumentString(`
    query GetFeedbackSubjects($managerId: ID!) {
  reportsOf(managerId: $managerId) {
    id
    name
    title
  }
}
    `) as unknown as TypedDocumentString<GetFeedbackSubjectsQuery, GetFeedbackSubjectsQueryVariables>;
export const UpwardFeedbackForMeDocument = new TypedDocumentString(`
    query UpwardFeedbackForMe {
  upwardFeedbackForMe {
    threshold
    batches {
      releasedWeek
      notes {
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UpwardFeedbackForMeQuery, UpwardFeedbackForMeQueryVariables>;
export const GiveFeedbackDocument = new TypedDocumentString(`
    mutation GiveFeedback($input: GiveFeedbackInput!) {
  giveFeedback(input: $input) {
    ...FeedbackNoteFields
  }
}
    fragment FeedbackNoteFields on FeedbackNote {
  id
  author {
    id
    name
    title
  }
  recipient {
    id
    name
    title
  }
  text
  visibility
  requestId
  createdAt
}`) as unknown as TypedDocumentString<GiveFeedbackMutation, GiveFeedbackMutationVariables>;
export const RequestFeedbackDocument = new TypedDocumentString(`
    mutation RequestFeedback($input: RequestFeedbackInput!) {
  requestFeedback(input: $input) {
    ...FeedbackRequestFields
  }
}
    fragment FeedbackRequestFields on FeedbackRequest {
  id
  requester {
    id
    name
    title
  }
  subject {
    id
    name
    title
  }
  question
  createdAt
  dueAt
}`) as unknown as TypedDocumentString<RequestFeedbackMutation, RequestFeedbackMutationVariables>;
export const SearchFeedbackColleaguesDocument = new TypedDocumentString(`
    query SearchFeedbackColleagues($search: String!, $first: Int) {
  directory(search: $search, first: $first) {
    nodes {
      id
      name
      title
      team {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchFeedbackColleaguesQuery, SearchFeedbackColleaguesQueryVariables>;
export const SendUpwardFeedbackDocument = new TypedDocumentString(`
    mutation SendUpwardFeedback($text: String!) {
  sendUpwardFeedback(text: $text) {
    week
    threshold
    message
  }
}
    `) as unknown as TypedDocumentString<SendUpwardFeedbackMutation, SendUpwardFeedbackMutationVariables>;
export const CommentOnIdeaDocument = new TypedDocumentString(`
    mutation CommentOnIdea($id: ID!, $text: String!) {
  commentOnIdea(id: $id, text: $text) {
    id
    author {
      id
      name
    }
    text
    createdAt
  }
}
    `) as unknown as TypedDocumentString<CommentOnIdeaMutation, CommentOnIdeaMutationVariables>;
export const EditIdeaDocument = new TypedDocumentString(`
    mutation EditIdea($id: ID!, $input: IdeaInput!, $followToken: String) {
  editIdea(id: $id, input: $input, followToken: $followToken) {
    ...IdeaDetailFields
  }
}
    fragment IdeaCardFields on Idea {
  id
  title
  problem
  category
  status
  nextStatuses
  author {
    id
    name
  }
  anonymous
  teamName
  owner {
    id
    name
    title
  }
  canAnswer
  canEdit
  mergedIntoId
  mergedIntoTitle
  voteCount
  votedByMe
  followedByMe
  commentCount
  escalationLevel
  createdAt
  answerDueAt
  firstResponseAt
  hoursToFirstResponse
}
fragment IdeaDetailFields on Idea {
  ...IdeaCardFields
  proposal
  responses {
    id
    fromStatus
    toStatus
    response
    responder {
      id
      name
    }
    createdAt
  }
  comments {
    id
    author {
      id
      name
    }
    text
    createdAt
  }
}`) as unknown as TypedDocumentString<EditIdeaMutation, EditIdeaMutationVariables>;
export const FollowIdeaDocument = new TypedDocumentString(`
    mutation FollowIdea($id: ID!, $follow: Boolean!) {
  followIdea(id: $id, follow: $follow) {
    ...IdeaCardFields
  }
}
    fragment IdeaCardFields on Idea {
  id
  title
  problem
  category
  status
  nextStatuses
  author {
    id
    name
  }
  anonymous
  teamName
  owner {
    id
    name
    title
  }
  canAnswer
  canEdit
  mergedIntoId
  mergedIntoTitle
  voteCount
  votedByMe
  followedByMe
  commentCount
  escalationLevel
  createdAt
  answerDueAt
  firstResponseAt
  hoursToFirstResponse
}`) as unknown as TypedDocumentString<FollowIdeaMutation, FollowIdeaMutationVariables>;
export const GetIdeaAnswerTimesDocument = new TypedDocumentString(`
    query GetIdeaAnswerTimes {
  ideaAnswerTimes {
    team
    answered
    unanswered
    medianHours
    p90Hours
    answeredWithinTarget
  }
  company {
    ideaAnswerSlaHours
  }
}
    `) as unknown as TypedDocumentString<GetIdeaAnswerTimesQuery, GetIdeaAnswerTimesQueryVariables>;
export const GetIdeaByFollowTokenDocument = new TypedDocumentString(`
    query GetIdeaByFollowToken($token: String!) {
  ideaByFollowToken(token: $token) {
    ...IdeaDetailFields
  }
}
    fragment IdeaCardFields on Idea {
  id
  title
  problem
  category
  status
  nextStatuses
  author {
    id
    name
  }
  anonymous
  teamName
  owner {
    id
    name
    title
  }
  canAnswer
  canEdit
  mergedIntoId
  mergedIntoTitle
  voteCount
  votedByMe
  followedByMe
  commentCount
  escalationLevel
  createdAt
  answerDueAt
  firstResponseAt
  hoursToFirstResponse
}
fragment IdeaDetailFields on Idea {
  ...IdeaCardFields
  proposal
  responses {
    id
    fromStatus
    toStatus
    response
    responder {
      id
      name
    }
    createdAt
  }
  comments {
    id
    author {
      id
      name
    }
    text
    createdAt
  }
}`) as unknown as TypedDocumentString<GetIdeaByFollowTokenQuery, GetIdeaByFollowTokenQueryVariables>;
export const GetIdeaFiltersDocument = new TypedDocumentString(`
    query GetIdeaFilters {
  ideaCategories
  teams {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<GetIdeaFiltersQuery, GetIdeaFiltersQueryVariables>;
export const GetIdeaDocument = new TypedDocumentString(`
    query GetIdea($id: ID!) {
  idea(id: $id) {
    ...IdeaDetailFields
  }
}
    fragment IdeaCardFields on Idea {
  id
  title
  problem
  category
  status
  nextStatuses
  author {
    id
    name
  }
  anonymous
  teamName
  owner {
    id
    name
    title
  }
  canAnswer
  canEdit
  mergedIntoId
  mergedIntoTitle
  voteCount
  votedByMe
  followedByMe
  commentCount
  escalationLevel
  createdAt
  answerDueAt
  firstResponseAt
  hoursToFirstResponse
}
fragment IdeaDetailFields on Idea {
  ...IdeaCardFields
  proposal
  responses {
    id
    fromStatus
    toStatus
    response
    responder {
      id
      name
    }
    createdAt
  }
  comments {
    id
    author {
      id
      name
    }
    text
    createdAt
  }
}`) as unknown as TypedDocumentString<GetIdeaQuery, GetIdeaQueryVariables>;
export const GetIdeasAwaitingMyAnswerDocument = new TypedDocumentString(`
    query GetIdeasAwaitingMyAnswer {
  ideasAwaitingMyAnswer {
    ...IdeaCardFields
  }
}
    fragment IdeaCardFields on Idea {
  id
  title
  problem
  category
  status
  nextStatuses
  author {
    id
    name
  }
  anonymous
  teamName
  owner {
    id
    name
    title
  }
  canAnswer
  canEdit
  mergedIntoId
  mergedIntoTitle
  voteCount
  votedByMe
  followedByMe
  commentCount
  escalationLevel
  createdAt
  answerDueAt
  firstResponseAt
  hoursToFirstResponse
}`) as unknown as TypedDocumentString<GetIdeasAwaitingMyAnswerQuery, GetIdeasAwaitingMyAnswerQueryVariables>;
export const GetIdeasDocument = new TypedDocumentString(`
    query GetIdeas($filter: IdeaFilter, $sort: IdeaSort!, $search: String, $first: Int, $after: String) {
  ideas(
    filter: $filter
    sort: $sort
    search: $search
    first: $first
    after: $after
  ) {
    nodes {
      ...IdeaCardFields
    }
    endCursor
    hasNextPage
    totalCount
  }
}
    fragment IdeaCardFields on Idea {
  id
  title
  problem
  category
  status
  nextStatuses
  author {
    id
    name
  }
  anonymous
  teamName
  owner {
    id
    name
    title
  }
  canAnswer
  canEdit
  mergedIntoId
  mergedIntoTitle
  voteCount
  votedByMe
  followedByMe
  commentCount
  escalationLevel
  createdAt
  answerDueAt
  firstResponseAt
  hoursToFirstResponse
}`) as unknown as TypedDocumentString<GetIdeasQuery, GetIdeasQueryVariables>;
export const MoveIdeaDocument = new TypedDocumentString(`
    mutation MoveIdea($id: ID!, $status: IdeaStatus!, $response: String!, $mergeIntoId: ID) {
  moveIdea(
    id: $id
    status: $status
    response: $response
    mergeIntoId: $mergeIntoId
  ) {
    ...IdeaDetailFields
  }
}
    fragment IdeaCardFields on Idea {
  id
  title
  problem
  category
  status
  nextStatuses
  author {
    id
    name
  }
  anonymous
  teamName
  owner {
    id
    name
    title
  }
  canAnswer
  canEdit
  mergedIntoId
  mergedIntoTitle
  voteCount
  votedByMe
  followedByMe
  commentCount
  escalationLevel
  createdAt
  answerDueAt
  firstResponseAt
  hoursToFirstResponse
}
fragment IdeaDetailFields on Idea {
  ...IdeaCardFields
  proposal
  responses {
    id
    fromStatus
    toStatus
    response
    responder {
      id
      name
    }
    createdAt
  }
  comments {
    id
    author {
      id
      name
    }
    text
    createdAt
  }
}`) as unknown as TypedDocumentString<MoveIdeaMutation, MoveIdeaMutationVariables>;
export const ReassignIdeaDocument = new TypedDocumentString(`
    mutation ReassignIdea($id: ID!, $ownerId: ID!) {
  reassignIdea(id: $id, ownerId: $ownerId) {
    ...IdeaCardFields
  }
}
    fragment IdeaCardFields on Idea {
  id
  title
  problem
  category
  status
  nextStatuses
  author {
    id
    name
  }
  anonymous
  teamName
  owner {
    id
    name
    title
  }
  canAnswer
  canEdit
  mergedIntoId
  mergedIntoTitle
  voteCount
  votedByMe
  followedByMe
  commentCount
  escalationLevel
  createdAt
  answerDueAt
  firstResponseAt
  hoursToFirstResponse
}`) as unknown as TypedDocumentString<ReassignIdeaMutation, ReassignIdeaMutationVariables>;
export const SearchMergeTargetsDocument = new TypedDocumentString(`
    query SearchMergeTargets($search: String!, $first: Int) {
  ideas(search: $search, sort: TOP, first: $first) {
    nodes {
      id
      title
      status
      nextStatuses
      voteCount
    }
  }
}
    `) as unknown as TypedDocumentString<SearchMergeTargetsQuery, SearchMergeTargetsQueryVariables>;
export const SearchIdeaOwnersDocument = new TypedDocumentString(`
    query SearchIdeaOwners($search: String!, $first: Int) {
  directory(search: $search, first: $first) {
    nodes {
      id
      name
      title
      team {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchIdeaOwnersQuery, SearchIdeaOwnersQueryVariables>;
export const SubmitIdeaDocument = new TypedDocumentString(`
    mutation SubmitIdea($input: IdeaInput!, $submissionId: ID, $followToken: String) {
  submitIdea(
    input: $input
    submissionId: $submissionId
    followToken: $followToken
  ) {
    idea {
      ...IdeaDetailFields
    }
    followToken
  }
}
    fragment IdeaCardFields on Idea {
  id
  title
  problem
  category
  status
  nextStatuses
  author {
    id
    name
  }
  anonymous
  teamName
  owner {
    id
    name
    title
  }
  canAnswer
  canEdit
  mergedIntoId
  mergedIntoTitle
  voteCount
  votedByMe
  followedByMe
  commentCount
  escalationLevel
  createdAt
  answerDueAt
  firstResponseAt
  hoursToFirstResponse
}
fragment IdeaDetailFields on Idea {
  ...IdeaCardFields
  proposal
  responses {
    id
    fromStatus
    toStatus
    response
    responder {
      id
      name
    }
    createdAt
  }
  comments {
    id
    author {
      id
      name
    }
    text
    createdAt
  }
}`) as unknown as TypedDocumentString<SubmitIdeaMutation, SubmitIdeaMutationVariables>;
export const VoteForIdeaDocument = new TypedDocumentString(`
    mutation VoteForIdea($id: ID!) {
  voteForIdea(id: $id) {
    ...IdeaCardFields
  }
}
    fragment IdeaCardFields on Idea {
  id
  title
  problem
  category
  status
  nextStatuses
  author {
    id
    name
  }
  anonymous
  teamName
  owner {
    id
    name
    title
  }
  canAnswer
  canEdit
  mergedIntoId
  mergedIntoTitle
  voteCount
  votedByMe
  followedByMe
  commentCount
  escalationLevel
  createdAt
  answerDueAt
  firstResponseAt
  hoursToFirstResponse
}`) as unknown as TypedDocumentString<VoteForIdeaMutation, VoteForIdeaMutationVariables>;
export const WithdrawVoteDocument = new TypedDocumentString(`
    mutation WithdrawVote($id: ID!) {
  withdrawVote(id: $id) {
    ...IdeaCardFields
  }
}
    fragment IdeaCardFields on Idea {
  id
  title
  problem
  category
  status
  nextStatuses
  author {
    id
    name
  }
  anonymous
  teamName
  owner {
    id
    name
    title
  }
  canAnswer
  canEdit
  mergedIntoId
  mergedIntoTitle
  voteCount
  votedByMe
  followedByMe
  commentCount
  escalationLevel
  createdAt
  answerDueAt
  firstResponseAt
  hoursToFirstResponse
}`) as unknown as TypedDocumentString<WithdrawVoteMutation, WithdrawVoteMutationVariables>;
export const GetCompanyInsightsFiltersDocument = new TypedDocumentString(`
    query GetCompanyInsightsFilters {
  teams {
    id
    name
  }
  dashboardFilters {
    levels
    timeZones
  }
}
    `) as unknown as TypedDocumentString<GetCompanyInsightsFiltersQuery, GetCompanyInsightsFiltersQueryVariables>;
export const GetCompanyTimeZoneDocument = new TypedDocumentString(`
    query GetCompanyTimeZone {
  company {
    timeZone
  }
}
    `) as unknown as TypedDocumentString<GetCompanyTimeZoneQuery, GetCompanyTimeZoneQueryVariables>;
export const GetHrDashboardDocument = new TypedDocumentString(`
    query GetHrDashboard($teamIds: [ID!], $levels: [Int!], $timeZones: [String!], $from: DateOnly, $to: DateOnly) {
  hrDashboard(
    teamIds: $teamIds
    levels: $levels
    timeZones: $timeZones
    from: $from
    to: $to
  ) {
    period {
      ...DashboardPeriodFields
    }
    headcount
    kudos
    recognisedPeople
    reach
    recognition {
      ...RecognitionPointFields
    }
    recognitionByValue {
      label
      count
    }
    recognitionFlows {
      from
      to
      count
    }
    ideas {
      ...IdeaSummaryFields
    }
    enps {
      roundId
      question
      opensAt
      answers
      enps
      leftOut
      withheldReason
    }
    oneOnOnesByManager {
      ...OneOnOneAdherenceFields
    }
    participation {
      checkIns
      kudosGiving
      latestPulse
    }
  }
}
    fragment DashboardPeriodFields on DashboardPeriod {
  from
  to
  bucket
  timeZone
}
fragment RecognitionPointFields on RecognitionPoint {
  start
  given
  received
  recognisedPeople
}
fragment OneOnOneAdherenceFields on OneOnOneAdherence {
  manager {
    id
    name
  }
  report {
    id
    name
  }
  series
  expected
  held
  rate
  overdue
}
fragment IdeaSummaryFields on IdeaSummary {
  funnel {
    label
    count
  }
  submitted
  answered
  waiting
  medianHoursToAnswer
  p90HoursToAnswer
  slaHours
  withinSlaShare
}`) as unknown as TypedDocumentString<GetHrDashboardQuery, GetHrDashboardQueryVariables>;
export const GetManagerDashboardDocument = new TypedDocumentString(`
    query GetManagerDashboard($managerId: ID, $from: DateOnly, $to: DateOnly) {
  managerDashboard(managerId: $managerId, from: $from, to: $to) {
    manager {
      id
      name
      title
    }
    period {
      ...DashboardPeriodFields
    }
    people
    recognition {
      ...RecognitionPointFields
    }
    recognitionByPerson {
      person {
        id
        name
        title
      }
      given
      received
      lastRecognisedAt
    }
    notRecognised {
      days
      people {
        person {
          id
          name
          title
        }
        lastRecognisedAt
      }
    }
    oneOnOnes {
      ...OneOnOneAdherenceFields
    }
    checkIns {
      week
      submitted
      people
      averageMood
    }
    openActionItems {
      owner {
        id
        name
      }
      open
      overdue
    }
    ideas {
      ...IdeaSummaryFields
    }
  }
}
    fragment DashboardPeriodFields on DashboardPeriod {
  from
  to
  bucket
  timeZone
}
fragment RecognitionPointFields on RecognitionPoint {
  start
  given
  received
  recognisedPeople
}
fragment OneOnOneAdherenceFields on OneOnOneAdherence {
  manager {
    id
    name
  }
  report {
    id
    name
  }
  series
  expected
  held
  rate
  overdue
}
fragment IdeaSummaryFields on IdeaSummary {
  funnel {
    label
    count
  }
  submitted
  answered
  waiting
  medianHoursToAnswer
  p90HoursToAnswer
  slaHours
  withinSlaShare
}`) as unknown as TypedDocumentString<GetManagerDashboardQuery, GetManagerDashboardQueryVariables>;
export const GetManagersBelowDocument = new TypedDocumentString(`
    query GetManagersBelow($managerId: ID!) {
  reportsOf(managerId: $managerId) {
    id
    name
    isManager
  }
}
    `) as unknown as TypedDocumentString<GetManagersBelowQuery, GetManagersBelowQueryVariables>;
export const GetNotificationPreferencesDocument = new TypedDocumentString(`
    query GetNotificationPreferences {
  notificationPreferences {
    ...NotificationPreferencesFields
  }
}
    fragment NotificationPreferencesFields on NotificationPreferences {
  emailAddress
  categories {
    category
    label
    email
  }
  oneOnOneReminderHours
  calendarFeed {
    active
    createdAt
  }
}`) as unknown as TypedDocumentString<GetNotificationPreferencesQuery, GetNotificationPreferencesQueryVariables>;
export const GetNotificationsDocument = new TypedDocumentString(`
    query GetNotifications($first: Int, $before: DateTime, $unreadOnly: Boolean) {
  notifications(first: $first, before: $before, unreadOnly: $unreadOnly) {
    unreadCount
    hasMore
    items {
      ...NotificationFields
    }
  }
}
    fragment NotificationFields on Notification {
  id
  kind
  category
  title
  link
  createdAt
  read
}`) as unknown as TypedDocumentString<GetNotificationsQuery, GetNotificationsQueryVariables>;
export const GetUnreadNotificationCountDocument = new TypedDocumentString(`
    query GetUnreadNotificationCount {
  notifications(first: 1, unreadOnly: true) {
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<GetUnreadNotificationCountQuery, GetUnreadNotificationCountQueryVariables>;
export const MarkAllNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkAllNotificationsRead {
  markAllNotificationsRead {
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]!) {
  markNotificationsRead(ids: $ids) {
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationsChangedDocument = new TypedDocumentString(`
    subscription NotificationsChanged {
  notificationsChanged {
    unreadCount
    notification {
      ...NotificationFields
    }
  }
}
    fragment NotificationFields on Notification {
  id
  kind
  category
  title
  link
  createdAt
  read
}`) as unknown as TypedDocumentString<NotificationsChangedSubscription, NotificationsChangedSubscriptionVariables>;
export const ResetCalendarFeedDocument = new TypedDocumentString(`
    mutation ResetCalendarFeed {
  resetCalendarFeed
}
    `) as unknown as TypedDocumentString<ResetCalendarFeedMutation, ResetCalendarFeedMutationVariables>;
export const RevokeCalendarFeedDocument = new TypedDocumentString(`
    mutation RevokeCalendarFeed {
  revokeCalendarFeed {
    ...NotificationPreferencesFields
  }
}
    fragment NotificationPreferencesFields on NotificationPreferences {
  emailAddress
  categories {
    category
    label
    email
  }
  oneOnOneReminderHours
  calendarFeed {
    active
    createdAt
  }
}`) as unknown as TypedDocumentString<RevokeCalendarFeedMutation, RevokeCalendarFeedMutationVariables>;
export const UpdateNotificationPreferencesDocument = new TypedDocumentString(`
    mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {
  updateNotificationPreferences(input: $input) {
    ...NotificationPreferencesFields
  }
}
    fragment NotificationPreferencesFields on NotificationPreferences {
  emailAddress
  categories {
    category
    label
    email
  }
  oneOnOneReminderHours
  calendarFeed {
    active
    createdAt
  }
}`) as unknown as TypedDocumentString<UpdateNotificationPreferencesMutation, UpdateNotificationPreferencesMutationVariables>;
export const AddActionItemDocument = new TypedDocumentString(`
    mutation AddActionItem($meetingId: ID!, $input: ActionItemInput!) {
  addActionItem(meetingId: $meetingId, input: $input) {
    ...OneOnOneMeetingFields
  }
}
    fragment OneOnOneSeriesFields on OneOnOneSeries {
  id
  manager {
    id
    name
    title
  }
  report {
    id
    name
    title
  }
  cadence
  weekday
  localTime
  timeZone
  durationMinutes
  startsOn
  viewerIsManager
  nextMeeting {
    id
    startsAt
    endsAt
    moved
    status
  }
  lastHeldAt
  overdue
  openActionItemCount
}
fragment OneOnOneMeetingFields on OneOnOneMeeting {
  id
  occurrenceDate
  startsAt
  endsAt
  moved
  status
  heldAt
  series {
    ...OneOnOneSeriesFields
  }
  agenda {
    id
    text
    author {
      id
      name
    }
    discussed
    carriedOver
    fromCheckIn
    createdAt
  }
  sharedNotes
  sharedNotesVersion
  myPrivateNote
  actionItems {
    id
    text
    owner {
      id
      name
    }
    dueOn
    done
    doneAt
    createdFor
    carriedOver
  }
}`) as unknown as TypedDocumentString<AddActionItemMutation, AddActionItemMutationVariables>;
export const AddAgendaItemDocument = new TypedDocumentString(`
    mutation AddAgendaItem($meetingId: ID!, $text: String!) {
  addAgendaItem(meetingId: $meetingId, text: $text) {
    ...OneOnOneMeetingFields
  }
}
    fragment OneOnOneSeriesFields on OneOnOneSeries {
  id
  manager {
    id
    name
    title
  }
  report {
    id
    name
    title
  }
  cadence
  weekday
  localTime
  timeZone
  durationMinutes
  startsOn
  viewerIsManager
  nextMeeting {
    id
    startsAt
    endsAt
    moved
    status
  }
  lastHeldAt
  overdue
  openActionItemCount
}
fragment OneOnOneMeetingFields on OneOnOneMeeting {
  id
  occurrenceDate
  startsAt
  endsAt
  moved
  status
  heldAt
  series {
    ...OneOnOneSeriesFields
  }
  agenda {
    id
    text
    author {
      id
      name
    }
    discussed
    carriedOver
    fromCheckIn
    createdAt
  }
  sharedNotes
  sharedNotesVersion
  myPrivateNote
  actionItems {
    id
    text
    owner {
      id
      name
    }
    dueOn
    done
    doneAt
    createdFor
    carriedOver
  }
}`) as unknown as TypedDocumentString<AddAgendaItemMutation, AddAgendaItemMutationVariables>;
export const OneOnOneMeetingDocument = new TypedDocumentString(`
    query OneOnOneMeeting($id: ID!) {
  oneOnOneMeeting(id: $id) {
    ...OneOnOneMeetingFields
  }
}
    fragment OneOnOneSeriesFields on OneOnOneSeries {
  id
  manager {
    id
    name
    title
  }
  report {
    id
    name
    title
  }
  cadence
  weekday
  localTime
  timeZone
  durationMinutes
  startsOn
  viewerIsManager
  nextMeeting {
    id
    startsAt
    endsAt
    moved
    status
  }
  lastHeldAt
  overdue
  openActionItemCount
}
fragment OneOnOneMeetingFields on OneOnOneMeeting {
  id
  occurrenceDate
  startsAt
  endsAt
  moved
  status
  heldAt
  series {
    ...OneOnOneSeriesFields
  }
  agenda {
    id
    text
    author {
      id
      name
    }
    discussed
    carriedOver
    fromCheckIn
    createdAt
  }
  sharedNotes
  sharedNotesVersion
  myPrivateNote
  actionItems {
    id
    text
    owner {
      id
      name
    }
    dueOn
    done
    doneAt
    createdFor
    carriedOver
  }
}`) as unknown as TypedDocumentString<OneOnOneMeetingQuery, OneOnOneMeetingQueryVariables>;
export const MyOneOnOnesDocument = new TypedDocumentString(`
    query MyOneOnOnes {
  myOneOnOnes {
    series {
      ...OneOnOneSeriesFields
    }
    upcoming {
      ...OneOnOneMeetingSummaryFields
    }
    past {
      ...OneOnOneMeetingSummaryFields
    }
  }
}
    fragment OneOnOneSeriesFields on OneOnOneSeries {
  id
  manager {
    id
    name
    title
  }
  report {
    id
    name
    title
  }
  cadence
  weekday
  localTime
  timeZone
  durationMinutes
  startsOn
  viewerIsManager
  nextMeeting {
    id
    startsAt
    endsAt
    moved
    status
  }
  lastHeldAt
  overdue
  openActionItemCount
}
fragment OneOnOneMeetingSummaryFields on OneOnOneMeeting {
  id
  occurrenceDate
  startsAt
  endsAt
  moved
  status
  heldAt
  series {
    id
    viewerIsManager
    manager {
      id
      name
      title
    }
    report {
      id
      name
      title
    }
  }
}`) as unknown as TypedDocumentString<MyOneOnOnesQuery, MyOneOnOnesQueryVariables>;
export const MyTimeZoneDocument = new TypedDocumentString(`
    query MyTimeZone {
  me {
    id
    timeZone
  }
}
    `) as unknown as TypedDocumentString<MyTimeZoneQuery, MyTimeZoneQueryVariables>;
export const ReportsOneOnOnesDocument = new TypedDocumentString(`
    query ReportsOneOnOnes {
  myReportsOneOnOnes {
    report {
      id
      name
      title
    }
    series {
      ...OneOnOneSeriesFields
    }
    lastHeldAt
    daysSinceLastHeld
    overdue
  }
}
    fragment OneOnOneSeriesFields on OneOnOneSeries {
  id
  manager {
    id
    name
    title
  }
  report {
    id
    name
    title
  }
  cadence
  weekday
  localTime
  timeZone
  durationMinutes
  startsOn
  viewerIsManager
  nextMeeting {
    id
    startsAt
    endsAt
    moved
    status
  }
  lastHeldAt
  overdue
  openActionItemCount
}`) as unknown as TypedDocumentString<ReportsOneOnOnesQuery, ReportsOneOnOnesQueryVariables>;
export const OneOnOneSeriesDocument = new TypedDocumentString(`
    query OneOnOneSeries($id: ID!) {
  oneOnOneSeries(id: $id) {
    ...OneOnOneSeriesFields
    upcoming {
      ...OneOnOneMeetingSummaryFields
    }
  }
}
    fragment OneOnOneSeriesFields on OneOnOneSeries {
  id
  manager {
    id
    name
    title
  }
  report {
    id
    name
    title
  }
  cadence
  weekday
  localTime
  timeZone
  durationMinutes
  startsOn
  viewerIsManager
  nextMeeting {
    id
    startsAt
    endsAt
    moved
    status
  }
  lastHeldAt
  overdue
  openActionItemCount
}
fragment OneOnOneMeetingSummaryFields on OneOnOneMeeting {
  id
  occurrenceDate
  startsAt
  endsAt
  moved
  status
  heldAt
  series {
    id
    viewerIsManager
    manager {
      id
      name
      title
    }
    report {
      id
      name
      title
    }
  }
}`) as unknown as TypedDocumentString<OneOnOneSeriesQuery, OneOnOneSeriesQueryVariables>;
export const MarkOneOnOneHeldDocument = new TypedDocumentString(`
    mutation MarkOneOnOneHeld($meetingId: ID!) {
  markOneOnOneHeld(meetingId: $meetingId) {
    ...OneOnOneMeetingFields
  }
}
    fragment OneOnOneSeriesFields on OneOnOneSeries {
  id
  manager {
    id
    name
    title
  }
  report {
    id
    name
    title
  }
  cadence
  weekday
  localTime
  timeZone
  durationMinutes
  startsOn
  viewerIsManager
  nextMeeting {
    id
    startsAt
    endsAt
    moved
    status
  }
  lastHeldAt
  overdue
  openActionItemCount
}
fragment OneOnOneMeetingFields on OneOnOneMeeting {
  id
  occurrenceDate
  startsAt
  endsAt
  moved
  status
  heldAt
  series {
    ...OneOnOneSeriesFields
  }
  agenda {
    id
    text
    author {
      id
      name
    }
    discussed
    carriedOver
    fromCheckIn
    createdAt
  }
  sharedNotes
  sharedNotesVersion
  myPrivateNote
  actionItems {
    id
    text
    owner {
      id
      name
    }
    dueOn
    done
    doneAt
    createdFor
    carriedOver
  }
}`) as unknown as TypedDocumentString<MarkOneOnOneHeldMutation, MarkOneOnOneHeldMutationVariables>;
export const MoveOneOnOneDocument = new TypedDocumentString(`
    mutation MoveOneOnOne($meetingId: ID!, $startsAt: DateTime!) {
  moveOneOnOne(meetingId: $meetingId, startsAt: $startsAt) {
    ...OneOnOneMeetingFields
  }
}
    fragment OneOnOneSeriesFields on OneOnOneSeries {
  id
  manager {
    id
    name
    title
  }
  report {
    id
    name
    title
  }
  cadence
  weekday
  localTime
  timeZone
  durationMinutes
  startsOn
  viewerIsManager
  nextMeeting {
    id
    startsAt
    endsAt
    moved
    status
  }
  lastHeldAt
  overdue
  openActionItemCount
}
fragment OneOnOneMeetingFields on OneOnOneMeeting {
  id
  occurrenceDate
  startsAt
  endsAt
  moved
  status
  heldAt
  series {
    ...OneOnOneSeriesFields
  }
  agenda {
    id
    text
    author {
      id
      name
    }
    discussed
    carriedOver
    fromCheckIn
    createdAt
  }
  sharedNotes
  sharedNotesVersion
  myPrivateNote
  actionItems {
    id
    text
    owner {
      id
      name
    }
    dueOn
    done
    doneAt
    createdFor
    carriedOver
  }
}`) as unknown as TypedDocumentString<MoveOneOnOneMutation, MoveOneOnOneMutationVariables>;
export const RemoveAgendaItemDocument = new TypedDocumentString(`
    mutation RemoveAgendaItem($meetingId: ID!, $itemId: ID!) {
  removeAgendaItem(meetingId: $meetingId, itemId: $itemId) {
    ...OneOnOneMeetingFields
  }
}
    fragment OneOnOneSeriesFields on OneOnOneSeries {
  id
  manager {
    id
    name
    title
  }
  report {
    id
    name
    title
  }
  cadence
  weekday
  localTime
  timeZone
  durationMinutes
  startsOn
  viewerIsManager
  nextMeeting {
    id
    startsAt
    endsAt
    moved
    status
  }
  lastHeldAt
  overdue
  openActionItemCount
}
fragment OneOnOneMeetingFields on OneOnOneMeeting {
  id
  occurrenceDate
  startsAt
  endsAt
  moved
  status
  heldAt
  series {
    ...OneOnOneSeriesFields
  }
  agenda {
    id
    text
    author {
      id
      name
    }
    discussed
    carriedOver
    fromCheckIn
    createdAt
  }
  sharedNotes
  sharedNotesVersion
  myPrivateNote
  actionItems {
    id
    text
    owner {
      id
      name
    }
    dueOn
    done
    doneAt
    createdFor
    carriedOver
  }
}`) as unknown as TypedDocumentString<RemoveAgendaItemMutation, RemoveAgendaItemMutationVariables>;
export const ReorderAgendaDocument = new TypedDocumentString(`
    mutation ReorderAgenda($meetingId: ID!, $itemIds: [ID!]!) {
  reorderAgenda(meetingId: $meetingId, itemIds: $itemIds) {
    ...OneOnOneMeetingFields
  }
}
    fragment OneOnOneSeriesFields on OneOnOneSeries {
  id
  manager {
    id
    name
    title
  }
  report {
    id
    name
    title
  }
  cadence
  weekday
  localTime
  timeZone
  durationMinutes
  startsOn
  viewerIsManager
  nextMeeting {
    id
    startsAt
    endsAt
    moved
    status
  }
  lastHeldAt
  overdue
  openActionItemCount
}
fragment OneOnOneMeetingFields on OneOnOneMeeting {
  id
  occurrenceDate
  startsAt
  endsAt
  moved
  status
  heldAt
  series {
    ...OneOnOneSeriesFields
  }
  agenda {
    id
    text
    author {
      id
      name
    }
    discussed
    carriedOver
    fromCheckIn
    createdAt
  }
  sharedNotes
  sharedNotesVersion
  myPrivateNote
  actionItems {
    id
    text
    owner {
      id
      name
    }
    dueOn
    done
    doneAt
    createdFor
    carriedOver
  }
}`) as unknown as TypedDocumentString<ReorderAgendaMutation, ReorderAgendaMutationVariables>;
export const SavePrivateNoteDocument = new TypedDocumentString(`
    mutation SavePrivateNote($meetingId: ID!, $text: String!) {
  savePrivateNote(meetingId: $meetingId, text: $text) {
    ...OneOnOneMeetingFields
  }
}
    fragment OneOnOneSeriesFields on OneOnOneSeries {
  id
  manager {
    id
    name
    title
  }
  report {
    id
    name
    title
  }
  cadence
  weekday
  localTime
  timeZone
  durationMinutes
  startsOn
  viewerIsManager
  nextMeeting {
    id
    startsAt
    endsAt
    moved
    status
  }
  lastHeldAt
  overdue
  openActionItemCount
}
fragment OneOnOneMeetingFields on OneOnOneMeeting {
  id
  occurrenceDate
  startsAt
  endsAt
  moved
  status
  heldAt
  series {
    ...OneOnOneSeriesFields
  }
  agenda {
    id
    text
    author {
      id
      name
    }
    discussed
    carriedOver
    fromCheckIn
    createdAt
  }
  sharedNotes
  sharedNotesVersion
  myPrivateNote
  actionItems {
    id
    text
    owner {
      id
      name
    }
    dueOn
    done
    doneAt
    createdFor
    carriedOver
  }
}`) as unknown as TypedDocumentString<SavePrivateNoteMutation, SavePrivateNoteMutationVariables>;
export const SaveSharedNotesDocument = new TypedDocumentString(`
    mutation SaveSharedNotes($meetingId: ID!, $text: String!, $version: Int!) {
  saveSharedNotes(meetingId: $meetingId, text: $text, version: $version) {
    ...OneOnOneMeetingFields
  }
}
    fragment OneOnOneSeriesFields on OneOnOneSeries {
  id
  manager {
    id
    name
    title
  }
  report {
    id
    name
    title
  }
  cadence
  weekday
  localTime
  timeZone
  durationMinutes
  startsOn
  viewerIsManager
  nextMeeting {
    id
    startsAt
    endsAt
    moved
    status
  }
  lastHeldAt
  overdue
  openActionItemCount
}
fragment OneOnOneMeetingFields on OneOnOneMeeting {
  id
  occurrenceDate
  startsAt
  endsAt
  moved
  status
  heldAt
  series {
    ...OneOnOneSeriesFields
  }
  agenda {
    id
    text
    author {
      id
      name
    }
    discussed
    carriedOver
    fromCheckIn
    createdAt
  }
  sharedNotes
  sharedNotesVersion
  myPrivateNote
  actionItems {
    id
    text
    owner {
      id
      name
    }
    dueOn
    done
    doneAt
    createdFor
    carriedOver
  }
}`) as unknown as TypedDocumentString<SaveSharedNotesMutation, SaveSharedNotesMutationVariables>;
export const ScheduleOneOnOneDocument = new TypedDocumentString(`
    mutation ScheduleOneOnOne($reportId: ID!, $input: OneOnOneScheduleInput!) {
  scheduleOneOnOne(reportId: $reportId, input: $input) {
    ...OneOnOneSeriesFields
  }
}
    fragment OneOnOneSeriesFields on OneOnOneSeries {
  id
  manager {
    id
    name
    title
  }
  report {
    id
    name
    title
  }
  cadence
  weekday
  localTime
  timeZone
  durationMinutes
  startsOn
  viewerIsManager
  nextMeeting {
    id
    startsAt
    endsAt
    moved
    status
  }
  lastHeldAt
  overdue
  openActionItemCount
}`) as unknown as TypedDocumentString<ScheduleOneOnOneMutation, ScheduleOneOnOneMutationVariables>;
export const SetActionItemDoneDocument = new TypedDocumentString(`
    mutation SetActionItemDone($meetingId: ID!, $itemId: ID!, $done: Boolean!) {
  setActionItemDone(meetingId: $meetingId, itemId: $itemId, done: $done) {
    ...OneOnOneMeetingFields
  }
}
    fragment OneOnOneSeriesFields on OneOnOneSeries {
  id
  manager {
    id
    name
    title
  }
  report {
    id
    name
    title
  }
  cadence
  weekday
  localTime
  timeZone
  durationMinutes
  startsOn
  viewerIsManager
  nextMeeting {
    id
    startsAt
    endsAt
    moved
    status
  }
  lastHeldAt
  overdue
  openActionItemCount
}
fragment OneOnOneMeetingFields on OneOnOneMeeting {
  id
  occurrenceDate
  startsAt
  endsAt
  moved
  status
  heldAt
  series {
    ...OneOnOneSeriesFields
  }
  agenda {
    id
    text
    author {
      id
      name
    }
    discussed
    carriedOver
    fromCheckIn
    createdAt
  }
  sharedNotes
  sharedNotesVersion
  myPrivateNote
  actionItems {
    id
    text
    owner {
      id
      name
    }
    dueOn
    done
    doneAt
    createdFor
    carriedOver
  }
}`) as unknown as TypedDocumentString<SetActionItemDoneMutation, SetActionItemDoneMutationVariables>;
export const SetAgendaItemDiscussedDocument = new TypedDocumentString(`
    mutation SetAgendaItemDiscussed($meetingId: ID!, $itemId: ID!, $discussed: Boolean!) {
  setAgendaItemDiscussed(
    meetingId: $meetingId
    itemId: $itemId
    discussed: $discussed
  ) {
    ...OneOnOneMeetingFields
  }
}
    fragment OneOnOneSeriesFields on OneOnOneSeries {
  id
  manager {
    id
    name
    title
  }
  report {
    id
    name
    title
  }
  cadence
  weekday
  localTime
  timeZone
  durationMinutes
  startsOn
  viewerIsManager
  nextMeeting {
    id
    startsAt
    endsAt
    moved
    status
  }
  lastHeldAt
  overdue
  openActionItemCount
}
fragment OneOnOneMeetingFields on OneOnOneMeeting {
  id
  occurrenceDate
  startsAt
  endsAt
  moved
  status
  heldAt
  series {
    ...OneOnOneSeriesFields
  }
  agenda {
    id
    text
    author {
      id
      name
    }
    discussed
    carriedOver
    fromCheckIn
    createdAt
  }
  sharedNotes
  sharedNotesVersion
  myPrivateNote
  actionItems {
    id
    text
    owner {
      id
      name
    }
    dueOn
    done
    doneAt
    createdFor
    carriedOver
  }
}`) as unknown as TypedDocumentString<SetAgendaItemDiscussedMutation, SetAgendaItemDiscussedMutationVariables>;
export const SkipOneOnOneDocument = new TypedDocumentString(`
    mutation SkipOneOnOne($meetingId: ID!) {
  skipOneOnOne(meetingId: $meetingId) {
    ...OneOnOneMeetingFields
  }
}
    fragment OneOnOneSeriesFields on OneOnOneSeries {
  id
  manager {
    id
    name
    title
  }
  report {
    id
    name
    title
  }
  cadence
  weekday
  localTime
  timeZone
  durationMinutes
  startsOn
  viewerIsManager
  nextMeeting {
    id
    startsAt
    endsAt
    moved
    status
  }
  lastHeldAt
  overdue
  openActionItemCount
}
fragment OneOnOneMeetingFields on OneOnOneMeeting {
  id
  occurrenceDate
  startsAt
  endsAt
  moved
  status
  heldAt
  series {
    ...OneOnOneSeriesFields
  }
  agenda {
    id
    text
    author {
      id
      name
    }
    discussed
    carriedOver
    fromCheckIn
    createdAt
  }
  sharedNotes
  sharedNotesVersion
  myPrivateNote
  actionItems {
    id
    text
    owner {
      id
      name
    }
    dueOn
    done
    doneAt
    createdFor
    carriedOver
  }
}`) as unknown as TypedDocumentString<SkipOneOnOneMutation, SkipOneOnOneMutationVariables>;
export const UpdateOneOnOneScheduleDocument = new TypedDocumentString(`
    mutation UpdateOneOnOneSchedule($seriesId: ID!, $input: OneOnOneScheduleInput!) {
  updateOneOnOneSchedule(seriesId: $seriesId, input: $input) {
    ...OneOnOneSeriesFields
  }
}
    fragment OneOnOneSeriesFields on OneOnOneSeries {
  id
  manager {
    id
    name
    title
  }
  report {
    id
    name
    title
  }
  cadence
  weekday
  localTime
  timeZone
  durationMinutes
  startsOn
  viewerIsManager
  nextMeeting {
    id
    startsAt
    endsAt
    moved
    status
  }
  lastHeldAt
  overdue
  openActionItemCount
}`) as unknown as TypedDocumentString<UpdateOneOnOneScheduleMutation, UpdateOneOnOneScheduleMutationVariables>;
export const GetDirectoryDocument = new TypedDocumentString(`
    query GetDirectory($search: String, $teamId: ID, $first: Int, $after: String) {
  directory(search: $search, teamId: $teamId, first: $first, after: $after) {
    nodes {
      id
      name
      title
      email
      team {
        id
        name
      }
      isManager
    }
    endCursor
    hasNextPage
    totalCount
  }
}
    `) as unknown as TypedDocumentString<GetDirectoryQuery, GetDirectoryQueryVariables>;
export const GetEmployeeDocument = new TypedDocumentString(`
    query GetEmployee($id: ID!) {
  employee(id: $id) {
    id
    name
    email
    title
    team {
      id
      name
    }
    manager {
      id
      name
      title
    }
    timeZone
    startDate
    active
    isHrAdmin
    isManager
    reportCount
  }
}
    `) as unknown as TypedDocumentString<GetEmployeeQuery, GetEmployeeQueryVariables>;
export const GetOrgImportDocument = new TypedDocumentString(`
    query GetOrgImport($id: ID!) {
  orgImport(id: $id) {
    id
    status
    totalRows
    processedRows
    created
    updated
    unchanged
    deactivated
    startedAt
    finishedAt
    failure
  }
}
    `) as unknown as TypedDocumentString<GetOrgImportQuery, GetOrgImportQueryVariables>;
export const GetOrgImportsDocument = new TypedDocumentString(`
    query GetOrgImports($first: Int) {
  orgImports(first: $first) {
    id
    status
    totalRows
    processedRows
    created
    updated
    unchanged
    deactivated
    startedAt
    finishedAt
    failure
  }
}
    `) as unknown as TypedDocumentString<GetOrgImportsQuery, GetOrgImportsQueryVariables>;
export const GetReportsDocument = new TypedDocumentString(`
    query GetReports($managerId: ID!) {
  reportsOf(managerId: $managerId) {
    id
    name
    title
    timeZone
    isManager
    reportCount
  }
}
    `) as unknown as TypedDocumentString<GetReportsQuery, GetReportsQueryVariables>;
export const GetTeamsDocument = new TypedDocumentString(`
    query GetTeams {
  teams {
    id
    name
    memberCount
  }
}
    `) as unknown as TypedDocumentString<GetTeamsQuery, GetTeamsQueryVariables>;
export const ImportOrganisationDocument = new TypedDocumentString(`
    mutation ImportOrganisation($csv: String!) {
  importOrganisation(csv: $csv) {
    import {
      id
      status
      totalRows
      processedRows
      created
      updated
      unchanged
      deactivated
      startedAt
      finishedAt
      failure
    }
    errors {
      line
      column
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ImportOrganisationMutation, ImportOrganisationMutationVariables>;
export const UpdateMyProfileDocument = new TypedDocumentString(`
    mutation UpdateMyProfile($input: MyProfileInput!) {
  updateMyProfile(input: $input) {
    id
    name
    email
    title
    team {
      id
      name
    }
    manager {
      id
      name
      title
    }
    timeZone
    startDate
    active
    isHrAdmin
    isManager
    reportCount
  }
}
    `) as unknown as TypedDocumentString<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const AnswerPulseDocument = new TypedDocumentString(`
    mutation AnswerPulse($roundId: ID!, $score: Int!, $comment: String) {
  answerPulse(roundId: $roundId, score: $score, comment: $comment) {
    ...PulseRoundFields
  }
}
    fragment PulseRoundFields on PulseRound {
  id
  question
  opensAt
  closesAt
  open
  answeredByMe
  answers
}`) as unknown as TypedDocumentString<AnswerPulseMutation, AnswerPulseMutationVariables>;
export const CurrentPulseDocument = new TypedDocumentString(`
    query CurrentPulse {
  currentPulse {
    ...PulseRoundFields
  }
}
    fragment PulseRoundFields on PulseRound {
  id
  question
  opensAt
  closesAt
  open
  answeredByMe
  answers
}`) as unknown as TypedDocumentString<CurrentPulseQuery, CurrentPulseQueryVariables>;
export const PulseResultsDocument = new TypedDocumentString(`
    query PulseResults($roundId: ID, $teamId: ID) {
  pulseResults(roundId: $roundId, teamId: $teamId) {
    round {
      ...PulseRoundFields
    }
    teamName
    answers
    shown
    explanation
    minimumAnswers
    minimumComments
    enps
    promoters
    passives
    detractors
    comments
  }
}
    fragment PulseRoundFields on PulseRound {
  id
  question
  opensAt
  closesAt
  open
  answeredByMe
  answers
}`) as unknown as TypedDocumentString<PulseResultsQuery, PulseResultsQueryVariables>;
export const PulseRoundsDocument = new TypedDocumentString(`
    query PulseRounds($first: Int) {
  pulseRounds(first: $first) {
    ...PulseRoundFields
  }
}
    fragment PulseRoundFields on PulseRound {
  id
  question
  opensAt
  closesAt
  open
  answeredByMe
  answers
}`) as unknown as TypedDocumentString<PulseRoundsQuery, PulseRoundsQueryVariables>;
export const PulseTeamsDocument = new TypedDocumentString(`
    query PulseTeams {
  teams {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<PulseTeamsQuery, PulseTeamsQueryVariables>;
export const OpenPulseRoundDocument = new TypedDocumentString(`
    mutation OpenPulseRound($question: String) {
  openPulseRound(question: $question) {
    ...PulseRoundFields
  }
}
    fragment PulseRoundFields on PulseRound {
  id
  question
  opensAt
  closesAt
  open
  answeredByMe
  answers
}`) as unknown as TypedDocumentString<OpenPulseRoundMutation, OpenPulseRoundMutationVariables>;
export const SetPulseCadenceDocument = new TypedDocumentString(`
    mutation SetPulseCadence($days: Int!) {
  setPulseCadence(days: $days)
}
    `) as unknown as TypedDocumentString<SetPulseCadenceMutation, SetPulseCadenceMutationVariables>;
export const CommentOnKudosDocument = new TypedDocumentString(`
    mutation CommentOnKudos($kudosId: ID!, $text: String!) {
  commentOnKudos(kudosId: $kudosId, text: $text) {
    id
    kudosId
    author {
      id
      name
    }
    text
    createdAt
  }
}
    `) as unknown as TypedDocumentString<CommentOnKudosMutation, CommentOnKudosMutationVariables>;
export const GetKudosOptionsDocument = new TypedDocumentString(`
    query GetKudosOptions {
  company {
    values
  }
  kudosReactions
}
    `) as unknown as TypedDocumentString<GetKudosOptionsQuery, GetKudosOptionsQueryVariables>;
export const GetKudosDocument = new TypedDocumentString(`
    query GetKudos($id: ID!) {
  kudos(id: $id) {
    ...KudosCardFields
  }
}
    fragment KudosCardFields on Kudos {
  id
  giver {
    id
    name
  }
  recipients {
    id
    name
  }
  message
  value
  points
  createdAt
  reactions {
    emoji
    count
    reactedByMe
  }
  comments {
    id
    author {
      id
      name
    }
    text
    createdAt
  }
  commentCount
}`) as unknown as TypedDocumentString<GetKudosQuery, GetKudosQueryVariables>;
export const GetLeaderboardFiltersDocument = new TypedDocumentString(`
    query GetLeaderboardFilters {
  company {
    values
  }
  teams {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<GetLeaderboardFiltersQuery, GetLeaderboardFiltersQueryVariables>;
export const GetLeaderboardDocument = new TypedDocumentString(`
    query GetLeaderboard($kind: LeaderboardKind!, $period: LeaderboardPeriod!, $value: String, $teamId: ID, $first: Int) {
  leaderboard(
    kind: $kind
    period: $period
    value: $value
    teamId: $teamId
    first: $first
  ) {
    rank
    employee {
      id
      name
      title
    }
    kudosCount
    points
  }
}
    `) as unknown as TypedDocumentString<GetLeaderboardQuery, GetLeaderboardQueryVariables>;
export const GetMyAllowanceDocument = new TypedDocumentString(`
    query GetMyAllowance {
  myAllowance {
    monthlyAllowance
    spent
    remaining
    resetsAt
    receivedThisMonth
    receivedTotal
    receivedKudos
  }
  company {
    timeZone
  }
}
    `) as unknown as TypedDocumentString<GetMyAllowanceQuery, GetMyAllowanceQueryVariables>;
export const GetRecognitionFeedDocument = new TypedDocumentString(`
    query GetRecognitionFeed($scope: FeedScope!, $teamId: ID, $employeeId: ID, $direction: KudosDirection!, $first: Int, $after: String) {
  recognitionFeed(
    scope: $scope
    teamId: $teamId
    employeeId: $employeeId
    direction: $direction
    first: $first
    after: $after
  ) {
    nodes {
      ...KudosCardFields
    }
    endCursor
    hasNextPage
  }
}
    fragment KudosCardFields on Kudos {
  id
  giver {
    id
    name
  }
  recipients {
    id
    name
  }
  message
  value
  points
  createdAt
  reactions {
    emoji
    count
    reactedByMe
  }
  comments {
    id
    author {
      id
      name
    }
    text
    createdAt
  }
  commentCount
}`) as unknown as TypedDocumentString<GetRecognitionFeedQuery, GetRecognitionFeedQueryVariables>;
export const GiveKudosDocument = new TypedDocumentString(`
    mutation GiveKudos($input: GiveKudosInput!) {
  giveKudos(input: $input) {
    ...KudosCardFields
  }
}
    fragment KudosCardFields on Kudos {
  id
  giver {
    id
    name
  }
  recipients {
    id
    name
  }
  message
  value
  points
  createdAt
  reactions {
    emoji
    count
    reactedByMe
  }
  comments {
    id
    author {
      id
      name
    }
    text
    createdAt
  }
  commentCount
}`) as unknown as TypedDocumentString<GiveKudosMutation, GiveKudosMutationVariables>;
export const KudosGivenDocument = new TypedDocumentString(`
    subscription KudosGiven {
  kudosGiven {
    ...KudosCardFields
  }
}
    fragment KudosCardFields on Kudos {
  id
  giver {
    id
    name
  }
  recipients {
    id
    name
  }
  message
  value
  points
  createdAt
  reactions {
    emoji
    count
    reactedByMe
  }
  comments {
    id
    author {
      id
      name
    }
    text
    createdAt
  }
  commentCount
}`) as unknown as TypedDocumentString<KudosGivenSubscription, KudosGivenSubscriptionVariables>;
export const ReactToKudosDocument = new TypedDocumentString(`
    mutation ReactToKudos($kudosId: ID!, $emoji: String!) {
  reactToKudos(kudosId: $kudosId, emoji: $emoji) {
    id
    reactions {
      emoji
      count
      reactedByMe
    }
  }
}
    `) as unknown as TypedDocumentString<ReactToKudosMutation, ReactToKudosMutationVariables>;
export const SearchColleaguesDocument = new TypedDocumentString(`
    query SearchColleagues($search: String!, $first: Int) {
  directory(search: $search, first: $first) {
    nodes {
      id
      name
      title
      team {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchColleaguesQuery, SearchColleaguesQueryVariables>;