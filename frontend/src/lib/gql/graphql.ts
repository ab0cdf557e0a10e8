/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type OrgImportStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

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

export type CompanyUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CompanyUpdatedSubscription = { companyUpdated: { name: string, timeZone: string, values: Array<string>, ideaAnswerSlaHours: number, monthlyKudosAllowance: number, updatedAt: string | null } };

export type GetCompanyQueryVariables = Exact<{ [key: string]: never; }>;


export type GetCompanyQuery = { company: { name: string, timeZone: string, values: Array<string>, ideaAnswerSlaHours: number, monthlyKudosAllowance: number, updatedAt: string | null } };

export type UpdateCompanyProfileMutationVariables = Exact<{
  input: CompanyProfileInput;
}>;


export type UpdateCompanyProfileMutation = { updateCompanyProfile: { name: string, timeZone: string, values: Array<string>, ideaAnswerSlaHours: number, monthlyKudosAllowance: number, updatedAt: string | null } };

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