/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query GetMe {\n    me {\n      id\n      name\n      email\n      title\n      team {\n        id\n        name\n      }\n      isManager\n      isHrAdmin\n      mustChangePassword\n    }\n  }\n": typeof types.GetMeDocument,
    "\n  query GetSingleSignOn {\n    singleSignOn {\n      displayName\n      startUrl\n    }\n  }\n": typeof types.GetSingleSignOnDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      name\n      email\n      title\n      team {\n        id\n        name\n      }\n      isManager\n      isHrAdmin\n      mustChangePassword\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  subscription CompanyUpdated {\n    companyUpdated {\n      name\n      timeZone\n      values\n      ideaAnswerSlaHours\n      monthlyKudosAllowance\n      updatedAt\n    }\n  }\n": typeof types.CompanyUpdatedDocument,
    "\n  query GetCompany {\n    company {\n      name\n      timeZone\n      values\n      ideaAnswerSlaHours\n      monthlyKudosAllowance\n      updatedAt\n    }\n  }\n": typeof types.GetCompanyDocument,
    "\n  mutation UpdateCompanyProfile($input: CompanyProfileInput!) {\n    updateCompanyProfile(input: $input) {\n      name\n      timeZone\n      values\n      ideaAnswerSlaHours\n      monthlyKudosAllowance\n      updatedAt\n    }\n  }\n": typeof types.UpdateCompanyProfileDocument,
    "\n  query GetDirectory($search: String, $teamId: ID, $first: Int, $after: String) {\n    directory(search: $search, teamId: $teamId, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        title\n        email\n        team {\n          id\n          name\n        }\n        isManager\n      }\n      endCursor\n      hasNextPage\n      totalCount\n    }\n  }\n": typeof types.GetDirectoryDocument,
    "\n  query GetEmployee($id: ID!) {\n    employee(id: $id) {\n      id\n      name\n      email\n      title\n      team {\n        id\n        name\n      }\n      manager {\n        id\n        name\n        title\n      }\n      timeZone\n      startDate\n      active\n      isHrAdmin\n      isManager\n      reportCount\n    }\n  }\n": typeof types.GetEmployeeDocument,
    "\n  query GetOrgImport($id: ID!) {\n    orgImport(id: $id) {\n      id\n      status\n      totalRows\n      processedRows\n      created\n      updated\n      unchanged\n      deactivated\n      startedAt\n      finishedAt\n      failure\n    }\n  }\n": typeof types.GetOrgImportDocument,
    "\n  query GetOrgImports($first: Int) {\n    orgImports(first: $first) {\n      id\n      status\n      totalRows\n      processedRows\n      created\n      updated\n      unchanged\n      deactivated\n      startedAt\n      finishedAt\n      failure\n    }\n  }\n": typeof types.GetOrgImportsDocument,
    "\n  query GetReports($managerId: ID!) {\n    reportsOf(managerId: $managerId) {\n      id\n      name\n      title\n      timeZone\n      isManager\n      reportCount\n    }\n  }\n": typeof types.GetReportsDocument,
    "\n  query GetTeams {\n    teams {\n      id\n      name\n      memberCount\n    }\n  }\n": typeof types.GetTeamsDocument,
    "\n  mutation ImportOrganisation($csv: String!) {\n    importOrganisation(csv: $csv) {\n      import {\n        id\n        status\n        totalRows\n        processedRows\n        created\n        updated\n        unchanged\n        deactivated\n        startedAt\n        finishedAt\n        failure\n      }\n      errors {\n        line\n        column\n        message\n      }\n    }\n  }\n": typeof types.ImportOrganisationDocument,
    "\n  mutation UpdateMyProfile($input: MyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n      email\n      title\n      team {\n        id\n        name\n      }\n      manager {\n        id\n        name\n        title\n      }\n      timeZone\n      startDate\n      active\n      isHrAdmin\n      isManager\n      reportCount\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation CommentOnKudos($kudosId: ID!, $text: String!) {\n    commentOnKudos(kudosId: $kudosId, text: $text) {\n      id\n      kudosId\n      author {\n        id\n        name\n      }\n      text\n      createdAt\n    }\n  }\n": typeof types.CommentOnKudosDocument,
    "\n  query GetKudosOptions {\n    company {\n      values\n    }\n    kudosReactions\n  }\n": typeof types.GetKudosOptionsDocument,
    "\n  query GetKudos($id: ID!) {\n    kudos(id: $id) {\n      ...KudosCardFields\n    }\n  }\n": typeof types.GetKudosDocument,
    "\n  query GetLeaderboardFilters {\n    company {\n      values\n    }\n    teams {\n      id\n      name\n    }\n  }\n": typeof types.GetLeaderboardFiltersDocument,
    "\n  query GetLeaderboard($kind: LeaderboardKind!, $period: LeaderboardPeriod!, $value: String, $teamId: ID, $first: Int) {\n    leaderboard(kind: $kind, period: $period, value: $value, teamId: $teamId, first: $first) {\n      rank\n      employee {\n        id\n        name\n        title\n      }\n      kudosCount\n      points\n    }\n  }\n": typeof types.GetLeaderboardDocument,
    "\n  query GetMyAllowance {\n    myAllowance {\n      monthlyAllowance\n      spent\n      remaining\n      resetsAt\n      receivedThisMonth\n      receivedTotal\n      receivedKudos\n    }\n    company {\n      timeZone\n    }\n  }\n": typeof types.GetMyAllowanceDocument,
    "\n  query GetRecognitionFeed(\n    $scope: FeedScope!\n    $teamId: ID\n    $employeeId: ID\n    $direction: KudosDirection!\n    $first: Int\n    $after: String\n  ) {\n    recognitionFeed(scope: $scope, teamId: $teamId, employeeId: $employeeId, direction: $direction, first: $first, after: $after) {\n      nodes {\n        ...KudosCardFields\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.GetRecognitionFeedDocument,
    "\n  mutation GiveKudos($input: GiveKudosInput!) {\n    giveKudos(input: $input) {\n      ...KudosCardFields\n    }\n  }\n": typeof types.GiveKudosDocument,
    "\n  fragment KudosCardFields on Kudos {\n    id\n    giver {\n      id\n      name\n    }\n    recipients {\n      id\n      name\n    }\n    message\n    value\n    points\n    createdAt\n    reactions {\n      emoji\n      count\n      reactedByMe\n    }\n    comments {\n      id\n      author {\n        id\n        name\n      }\n      text\n      createdAt\n    }\n    commentCount\n  }\n": typeof types.KudosCardFieldsFragmentDoc,
    "\n  subscription KudosGiven {\n    kudosGiven {\n      ...KudosCardFields\n    }\n  }\n": typeof types.KudosGivenDocument,
    "\n  mutation ReactToKudos($kudosId: ID!, $emoji: String!) {\n    reactToKudos(kudosId: $kudosId, emoji: $emoji) {\n      id\n      reactions {\n        emoji\n        count\n        reactedByMe\n      }\n    }\n  }\n": typeof types.ReactToKudosDocument,
    "\n  query SearchColleagues($search: String!, $first: Int) {\n    directory(search: $search, first: $first) {\n      nodes {\n        id\n        name\n        title\n        team {\n          name\n        }\n      }\n    }\n  }\n": typeof types.SearchColleaguesDocument,
};
const documents: Documents = {
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query GetMe {\n    me {\n      id\n      name\n      email\n      title\n      team {\n        id\n        name\n      }\n      isManager\n      isHrAdmin\n      mustChangePassword\n    }\n  }\n": types.GetMeDocument,
    "\n  query GetSingleSignOn {\n    singleSignOn {\n      displayName\n      startUrl\n    }\n  }\n": types.GetSingleSignOnDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      name\n      email\n      title\n      team {\n        id\n        name\n      }\n      isManager\n      isHrAdmin\n      mustChangePassword\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  subscription CompanyUpdated {\n    companyUpdated {\n      name\n      timeZone\n      values\n      ideaAnswerSlaHours\n      monthlyKudosAllowance\n      updatedAt\n    }\n  }\n": types.CompanyUpdatedDocument,
    "\n  query GetCompany {\n    company {\n      name\n      timeZone\n      values\n      ideaAnswerSlaHours\n      monthlyKudosAllowance\n      updatedAt\n    }\n  }\n": types.GetCompanyDocument,
    "\n  mutation UpdateCompanyProfile($input: CompanyProfileInput!) {\n    updateCompanyProfile(input: $input) {\n      name\n      timeZone\n      values\n      ideaAnswerSlaHours\n      monthlyKudosAllowance\n      updatedAt\n    }\n  }\n": types.UpdateCompanyProfileDocument,
    "\n  query GetDirectory($search: String, $teamId: ID, $first: Int, $after: String) {\n    directory(search: $search, teamId: $teamId, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        title\n        email\n        team {\n          id\n          name\n        }\n        isManager\n      }\n      endCursor\n      hasNextPage\n      totalCount\n    }\n  }\n": types.GetDirectoryDocument,
    "\n  query GetEmployee($id: ID!) {\n    employee(id: $id) {\n      id\n      name\n      email\n      title\n      team {\n        id\n        name\n      }\n      manager {\n        id\n        name\n        title\n      }\n      timeZone\n      startDate\n      active\n      isHrAdmin\n      isManager\n      reportCount\n    }\n  }\n": types.GetEmployeeDocument,
    "\n  query GetOrgImport($id: ID!) {\n    orgImport(id: $id) {\n      id\n      status\n      totalRows\n      processedRows\n      created\n      updated\n      unchanged\n      deactivated\n      startedAt\n      finishedAt\n      failure\n    }\n  }\n": types.GetOrgImportDocument,
    "\n  query GetOrgImports($first: Int) {\n    orgImports(first: $first) {\n      id\n      status\n      totalRows\n      processedRows\n      created\n      updated\n      unchanged\n      deactivated\n      startedAt\n      finishedAt\n      failure\n    }\n  }\n": types.GetOrgImportsDocument,
    "\n  query GetReports($managerId: ID!) {\n    reportsOf(managerId: $managerId) {\n      id\n      name\n      title\n      timeZone\n      isManager\n      reportCount\n    }\n  }\n": types.GetReportsDocument,
    "\n  query GetTeams {\n    teams {\n      id\n      name\n      memberCount\n    }\n  }\n": types.GetTeamsDocument,
    "\n  mutation ImportOrganisation($csv: String!) {\n    importOrganisation(csv: $csv) {\n      import {\n        id\n        status\n        totalRows\n        processedRows\n        created\n        updated\n        unchanged\n        deactivated\n        startedAt\n        finishedAt\n        failure\n      }\n      errors {\n        line\n        column\n        message\n      }\n    }\n  }\n": types.ImportOrganisationDocument,
    "\n  mutation UpdateMyProfile($input: MyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n      email\n      title\n      team {\n        id\n        name\n      }\n      manager {\n        id\n        name\n        title\n      }\n      timeZone\n      startDate\n      active\n      isHrAdmin\n      isManager\n      reportCount\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation CommentOnKudos($kudosId: ID!, $text: String!) {\n    commentOnKudos(kudosId: $kudosId, text: $text) {\n      id\n      kudosId\n      author {\n        id\n        name\n      }\n      text\n      createdAt\n    }\n  }\n": types.CommentOnKudosDocument,
    "\n  query GetKudosOptions {\n    company {\n      values\n    }\n    kudosReactions\n  }\n": types.GetKudosOptionsDocument,
    "\n  query GetKudos($id: ID!) {\n    kudos(id: $id) {\n      ...KudosCardFields\n    }\n  }\n": types.GetKudosDocument,
    "\n  query GetLeaderboardFilters {\n    company {\n      values\n    }\n    teams {\n      id\n      name\n    }\n  }\n": types.GetLeaderboardFiltersDocument,
    "\n  query GetLeaderboard($kind: LeaderboardKind!, $period: LeaderboardPeriod!, $value: String, $teamId: ID, $first: Int) {\n    leaderboard(kind: $kind, period: $period, value: $value, teamId: $teamId, first: $first) {\n      rank\n      employee {\n        id\n        name\n        title\n      }\n      kudosCount\n      points\n    }\n  }\n": types.GetLeaderboardDocument,
    "\n  query GetMyAllowance {\n    myAllowance {\n      monthlyAllowance\n      spent\n      remaining\n      resetsAt\n      receivedThisMonth\n      receivedTotal\n      receivedKudos\n    }\n    company {\n      timeZone\n    }\n  }\n": types.GetMyAllowanceDocument,
    "\n  query GetRecognitionFeed(\n    $scope: FeedScope!\n    $teamId: ID\n    $employeeId: ID\n    $direction: KudosDirection!\n    $first: Int\n    $after: String\n  ) {\n    recognitionFeed(scope: $scope, teamId: $teamId, employeeId: $employeeId, direction: $direction, first: $first, after: $after) {\n      nodes {\n        ...KudosCardFields\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": types.GetRecognitionFeedDocument,
    "\n  mutation GiveKudos($input: GiveKudosInput!) {\n    giveKudos(input: $input) {\n      ...KudosCardFields\n    }\n  }\n": types.GiveKudosDocument,
    "\n  fragment KudosCardFields on Kudos {\n    id\n    giver {\n      id\n      name\n    }\n    recipients {\n      id\n      name\n    }\n    message\n    value\n    points\n    createdAt\n    reactions {\n      emoji\n      count\n      reactedByMe\n    }\n    comments {\n      id\n      author {\n        id\n        name\n      }\n      text\n      createdAt\n    }\n    commentCount\n  }\n": types.KudosCardFieldsFragmentDoc,
    "\n  subscription KudosGiven {\n    kudosGiven {\n      ...KudosCardFields\n    }\n  }\n": types.KudosGivenDocument,
    "\n  mutation ReactToKudos($kudosId: ID!, $emoji: String!) {\n    reactToKudos(kudosId: $kudosId, emoji: $emoji) {\n      id\n      reactions {\n        emoji\n        count\n        reactedByMe\n      }\n    }\n  }\n": types.ReactToKudosDocument,
    "\n  query SearchColleagues($search: String!, $first: Int) {\n    directory(search: $search, first: $first) {\n      nodes {\n        id\n        name\n        title\n        team {\n          name\n        }\n      }\n    }\n  }\n": types.SearchColleaguesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetMe {\n    me {\n      id\n      name\n      email\n      title\n      team {\n        id\n        name\n      }\n      isManager\n      isHrAdmin\n      mustChangePassword\n    }\n  }\n"): typeof import('./graphql').GetMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetSingleSignOn {\n    singleSignOn {\n      displayName\n      startUrl\n    }\n  }\n"): typeof import('./graphql').GetSingleSignOnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n      name\n      email\n      title\n      team {\n        id\n        name\n      }\n      isManager\n      isHrAdmin\n      mustChangePassword\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CompanyUpdated {\n    companyUpdated {\n      name\n      timeZone\n      values\n      ideaAnswerSlaHours\n      monthlyKudosAllowance\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').CompanyUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetCompany {\n    company {\n      name\n      timeZone\n      values\n      ideaAnswerSlaHours\n      monthlyKudosAllowance\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').GetCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCompanyProfile($input: CompanyProfileInput!) {\n    updateCompanyProfile(input: $input) {\n      name\n      timeZone\n      values\n      ideaAnswerSlaHours\n      monthlyKudosAllowance\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').UpdateCompanyProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetDirectory($search: String, $teamId: ID, $first: Int, $after: String) {\n    directory(search: $search, teamId: $teamId, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        title\n        email\n        team {\n          id\n          name\n        }\n        isManager\n      }\n      endCursor\n      hasNextPage\n      totalCount\n    }\n  }\n"): typeof import('./graphql').GetDirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetEmployee($id: ID!) {\n    employee(id: $id) {\n      id\n      name\n      email\n      title\n      team {\n        id\n        name\n      }\n      manager {\n        id\n        name\n        title\n      }\n      timeZone\n      startDate\n      active\n      isHrAdmin\n      isManager\n      reportCount\n    }\n  }\n"): typeof import('./graphql').GetEmployeeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetOrgImport($id: ID!) {\n    orgImport(id: $id) {\n      id\n      status\n      totalRows\n      processedRows\n      created\n      updated\n      unchanged\n      deactivated\n      startedAt\n      finishedAt\n      failure\n    }\n  }\n"): typeof import('./graphql').GetOrgImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetOrgImports($first: Int) {\n    orgImports(first: $first) {\n      id\n      status\n      totalRows\n      processedRows\n      created\n      updated\n      unchanged\n      deactivated\n      startedAt\n      finishedAt\n      failure\n    }\n  }\n"): typeof import('./graphql').GetOrgImportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetReports($managerId: ID!) {\n    reportsOf(managerId: $managerId) {\n      id\n      name\n      title\n      timeZone\n      isManager\n      reportCount\n    }\n  }\n"): typeof import('./graphql').GetReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetTeams {\n    teams {\n      id\n      name\n      memberCount\n    }\n  }\n"): typeof import('./graphql').GetTeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportOrganisation($csv: String!) {\n    importOrganisation(csv: $csv) {\n      import {\n        id\n        status\n        totalRows\n        processedRows\n        created\n        updated\n        unchanged\n        deactivated\n        startedAt\n        finishedAt\n        failure\n      }\n      errors {\n        line\n        column\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ImportOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: MyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n      email\n      title\n      team {\n        id\n        name\n      }\n      manager {\n        id\n        name\n        title\n      }\n      timeZone\n      startDate\n      active\n      isHrAdmin\n      isManager\n      reportCount\n    }\n  }\n"): typeof import('./graphql').UpdateMyProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnKudos($kudosId: ID!, $text: String!) {\n    commentOnKudos(kudosId: $kudosId, text: $text) {\n      id\n      kudosId\n      author {\n        id\n        name\n      }\n      text\n      createdAt\n    }\n  }\n"): typeof import('./graphql').CommentOnKudosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetKudosOptions {\n    company {\n      values\n    }\n    kudosReactions\n  }\n"): typeof import('./graphql').GetKudosOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetKudos($id: ID!) {\n    kudos(id: $id) {\n      ...KudosCardFields\n    }\n  }\n"): typeof import('./graphql').GetKudosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetLeaderboardFilters {\n    company {\n      values\n    }\n    teams {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').GetLeaderboardFiltersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetLeaderboard($kind: LeaderboardKind!, $period: LeaderboardPeriod!, $value: String, $teamId: ID, $first: Int) {\n    leaderboard(kind: $kind, period: $period, value: $value, teamId: $teamId, first: $first) {\n      rank\n      employee {\n        id\n        name\n        title\n      }\n      kudosCount\n      points\n    }\n  }\n"): typeof import('./graphql').GetLeaderboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetMyAllowance {\n    myAllowance {\n      monthlyAllowance\n      spent\n      remaining\n      resetsAt\n      receivedThisMonth\n      receivedTotal\n      receivedKudos\n    }\n    company {\n      timeZone\n    }\n  }\n"): typeof import('./graphql').GetMyAllowanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetRecognitionFeed(\n    $scope: FeedScope!\n    $teamId: ID\n    $employeeId: ID\n    $direction: KudosDirection!\n    $first: Int\n    $after: String\n  ) {\n    recognitionFeed(scope: $scope, teamId: $teamId, employeeId: $employeeId, direction: $direction, first: $first, after: $after) {\n      nodes {\n        ...KudosCardFields\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"): typeof import('./graphql').GetRecognitionFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GiveKudos($input: GiveKudosInput!) {\n    giveKudos(input: $input) {\n      ...KudosCardFields\n    }\n  }\n"): typeof import('./graphql').GiveKudosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KudosCardFields on Kudos {\n    id\n    giver {\n      id\n      name\n    }\n    recipients {\n      id\n      name\n    }\n    message\n    value\n    points\n    createdAt\n    reactions {\n      emoji\n      count\n      reactedByMe\n    }\n    comments {\n      id\n      author {\n        id\n        name\n      }\n      text\n      createdAt\n    }\n    commentCount\n  }\n"): typeof import('./graphql').KudosCardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription KudosGiven {\n    kudosGiven {\n      ...KudosCardFields\n    }\n  }\n"): typeof import('./graphql').KudosGivenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactToKudos($kudosId: ID!, $emoji: String!) {\n    reactToKudos(kudosId: $kudosId, emoji: $emoji) {\n      id\n      reactions {\n        emoji\n        count\n        reactedByMe\n      }\n    }\n  }\n"): typeof import('./graphql').ReactToKudosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchColleagues($search: String!, $first: Int) {\n    directory(search: $search, first: $first) {\n      nodes {\n        id\n        name\n        title\n        team {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchColleaguesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
