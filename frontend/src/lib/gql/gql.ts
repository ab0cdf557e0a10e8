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
    "\n  fragment CheckInFields on CheckIn {\n    id\n    employee {\n      id\n      name\n      title\n    }\n    week\n    mood\n    wins\n    blockers\n    priorities\n    submittedAt\n    replies {\n      id\n      author {\n        id\n        name\n        title\n      }\n      text\n      createdAt\n    }\n  }\n": typeof types.CheckInFieldsFragmentDoc,
    "\n  query MyCheckIn {\n    myCheckIn {\n      ...CheckInFields\n    }\n  }\n": typeof types.MyCheckInDocument,
    "\n  query MyCheckIns($first: Int) {\n    myCheckIns(first: $first) {\n      ...CheckInFields\n    }\n  }\n": typeof types.MyCheckInsDocument,
    "\n  query TeamCheckIns($week: DateOnly) {\n    teamCheckIns(week: $week) {\n      week\n      checkIns {\n        ...CheckInFields\n      }\n      missing {\n        id\n        name\n        title\n      }\n    }\n  }\n": typeof types.TeamCheckInsDocument,
    "\n  mutation ReplyToCheckIn($checkInId: ID!, $text: String!) {\n    replyToCheckIn(checkInId: $checkInId, text: $text) {\n      ...CheckInFields\n    }\n  }\n": typeof types.ReplyToCheckInDocument,
    "\n  mutation SubmitCheckIn($input: CheckInInput!) {\n    submitCheckIn(input: $input) {\n      ...CheckInFields\n    }\n  }\n": typeof types.SubmitCheckInDocument,
    "\n  subscription CompanyUpdated {\n    companyUpdated {\n      name\n      timeZone\n      values\n      ideaAnswerSlaHours\n      monthlyKudosAllowance\n      updatedAt\n    }\n  }\n": typeof types.CompanyUpdatedDocument,
    "\n  query GetCompany {\n    company {\n      name\n      timeZone\n      values\n      ideaAnswerSlaHours\n      monthlyKudosAllowance\n      updatedAt\n    }\n  }\n": typeof types.GetCompanyDocument,
    "\n  mutation UpdateCompanyProfile($input: CompanyProfileInput!) {\n    updateCompanyProfile(input: $input) {\n      name\n      timeZone\n      values\n      ideaAnswerSlaHours\n      monthlyKudosAllowance\n      updatedAt\n    }\n  }\n": typeof types.UpdateCompanyProfileDocument,
    "\n  mutation DeclineFeedbackRequest($requestId: ID!) {\n    declineFeedbackRequest(requestId: $requestId)\n  }\n": typeof types.DeclineFeedbackRequestDocument,
    "\n  fragment FeedbackNoteFields on FeedbackNote {\n    id\n    author {\n      id\n      name\n      title\n    }\n    recipient {\n      id\n      name\n      title\n    }\n    text\n    visibility\n    requestId\n    createdAt\n  }\n": typeof types.FeedbackNoteFieldsFragmentDoc,
    "\n  fragment FeedbackRequestFields on FeedbackRequest {\n    id\n    requester {\n      id\n      name\n      title\n    }\n    subject {\n      id\n      name\n      title\n    }\n    question\n    createdAt\n    dueAt\n  }\n": typeof types.FeedbackRequestFieldsFragmentDoc,
    "\n  query FeedbackAbout($employeeId: ID!) {\n    feedbackAbout(employeeId: $employeeId) {\n      ...FeedbackNoteFields\n    }\n  }\n": typeof types.FeedbackAboutDocument,
    "\n  query FeedbackInbox {\n    myFeedbackInbox {\n      received {\n        ...FeedbackNoteFields\n      }\n      given {\n        ...FeedbackNoteFields\n      }\n      requestsToMe {\n        ...FeedbackRequestFields\n      }\n      myRequests {\n        ...FeedbackRequestFields\n        respondents {\n          employee {\n            id\n            name\n            title\n          }\n          status\n        }\n        answers {\n          ...FeedbackNoteFields\n        }\n      }\n    }\n  }\n": typeof types.FeedbackInboxDocument,
    "\n  query GetUpwardRecipient {\n    me {\n      id\n      manager {\n        id\n        name\n        title\n      }\n    }\n  }\n": typeof types.GetUpwardRecipientDocument,
    "\n  query GetFeedbackSubjects($managerId: ID!) {\n    reportsOf(managerId: $managerId) {\n      id\n      name\n      title\n    }\n  }\n": typeof types.GetFeedbackSubjectsDocument,
    "\n  query UpwardFeedbackForMe {\n    upwardFeedbackForMe {\n      threshold\n      batches {\n        releasedWeek\n        notes {\n          text\n        }\n      }\n    }\n  }\n": typeof types.UpwardFeedbackForMeDocument,
    "\n  mutation GiveFeedback($input: GiveFeedbackInput!) {\n    giveFeedback(input: $input) {\n      ...FeedbackNoteFields\n    }\n  }\n": typeof types.GiveFeedbackDocument,
    "\n  mutation RequestFeedback($input: RequestFeedbackInput!) {\n    requestFeedback(input: $input) {\n      ...FeedbackRequestFields\n    }\n  }\n": typeof types.RequestFeedbackDocument,
    "\n  query SearchFeedbackColleagues($search: String!, $first: Int) {\n    directory(search: $search, first: $first) {\n      nodes {\n        id\n        name\n        title\n        team {\n          name\n        }\n      }\n    }\n  }\n": typeof types.SearchFeedbackColleaguesDocument,
    "\n  mutation SendUpwardFeedback($text: String!) {\n    sendUpwardFeedback(text: $text) {\n      week\n      threshold\n      message\n    }\n  }\n": typeof types.SendUpwardFeedbackDocument,
    "\n  mutation CommentOnIdea($id: ID!, $text: String!) {\n    commentOnIdea(id: $id, text: $text) {\n      id\n      author {\n        id\n        name\n      }\n      text\n      createdAt\n    }\n  }\n": typeof types.CommentOnIdeaDocument,
    "\n  mutation EditIdea($id: ID!, $input: IdeaInput!, $followToken: String) {\n    editIdea(id: $id, input: $input, followToken: $followToken) {\n      ...IdeaDetailFields\n    }\n  }\n": typeof types.EditIdeaDocument,
    "\n  mutation FollowIdea($id: ID!, $follow: Boolean!) {\n    followIdea(id: $id, follow: $follow) {\n      ...IdeaCardFields\n    }\n  }\n": typeof types.FollowIdeaDocument,
    "\n  query GetIdeaAnswerTimes {\n    ideaAnswerTimes {\n      team\n      answered\n      unanswered\n      medianHours\n      p90Hours\n      answeredWithinTarget\n    }\n    company {\n      ideaAnswerSlaHours\n    }\n  }\n": typeof types.GetIdeaAnswerTimesDocument,
    "\n  query GetIdeaByFollowToken($token: String!) {\n    ideaByFollowToken(token: $token) {\n      ...IdeaDetailFields\n    }\n  }\n": typeof types.GetIdeaByFollowTokenDocument,
    "\n  query GetIdeaFilters {\n    ideaCategories\n    teams {\n      id\n      name\n    }\n  }\n": typeof types.GetIdeaFiltersDocument,
    "\n  query GetIdea($id: ID!) {\n    idea(id: $id) {\n      ...IdeaDetailFields\n    }\n  }\n": typeof types.GetIdeaDocument,
    "\n  query GetIdeasAwaitingMyAnswer {\n    ideasAwaitingMyAnswer {\n      ...IdeaCardFields\n    }\n  }\n": typeof types.GetIdeasAwaitingMyAnswerDocument,
    "\n  query GetIdeas($filter: IdeaFilter, $sort: IdeaSort!, $search: String, $first: Int, $after: String) {\n    ideas(filter: $filter, sort: $sort, search: $search, first: $first, after: $after) {\n      nodes {\n        ...IdeaCardFields\n      }\n      endCursor\n      hasNextPage\n      totalCount\n    }\n  }\n": typeof types.GetIdeasDocument,
    "\n  fragment IdeaCardFields on Idea {\n    id\n    title\n    problem\n    category\n    status\n    nextStatuses\n    author {\n      id\n      name\n    }\n    anonymous\n    teamName\n    owner {\n      id\n      name\n      title\n    }\n    canAnswer\n    canEdit\n    mergedIntoId\n    mergedIntoTitle\n    voteCount\n    votedByMe\n    followedByMe\n    commentCount\n    escalationLevel\n    createdAt\n    answerDueAt\n    firstResponseAt\n    hoursToFirstResponse\n  }\n": typeof types.IdeaCardFieldsFragmentDoc,
    "\n  fragment IdeaDetailFields on Idea {\n    ...IdeaCardFields\n    proposal\n    responses {\n      id\n      fromStatus\n      toStatus\n      response\n      responder {\n        id\n        name\n      }\n      createdAt\n    }\n    comments {\n      id\n      author {\n        id\n        name\n      }\n      text\n      createdAt\n    }\n  }\n": typeof types.IdeaDetailFieldsFragmentDoc,
    "\n  mutation MoveIdea($id: ID!, $status: IdeaStatus!, $response: String!, $mergeIntoId: ID) {\n    moveIdea(id: $id, status: $status, response: $response, mergeIntoId: $mergeIntoId) {\n      ...IdeaDetailFields\n    }\n  }\n": typeof types.MoveIdeaDocument,
    "\n  mutation ReassignIdea($id: ID!, $ownerId: ID!) {\n    reassignIdea(id: $id, ownerId: $ownerId) {\n      ...IdeaCardFields\n    }\n  }\n": typeof types.ReassignIdeaDocument,
    "\n  query SearchMergeTargets($search: String!, $first: Int) {\n    ideas(search: $search, sort: TOP, first: $first) {\n      nodes {\n        id\n        title\n        status\n        nextStatuses\n        voteCount\n      }\n    }\n  }\n": typeof types.SearchMergeTargetsDocument,
    "\n  query SearchIdeaOwners($search: String!, $first: Int) {\n    directory(search: $search, first: $first) {\n      nodes {\n        id\n        name\n        title\n        team {\n          name\n        }\n      }\n    }\n  }\n": typeof types.SearchIdeaOwnersDocument,
    "\n  mutation SubmitIdea($input: IdeaInput!, $submissionId: ID, $followToken: String) {\n    submitIdea(input: $input, submissionId: $submissionId, followToken: $followToken) {\n      idea {\n        ...IdeaDetailFields\n      }\n      followToken\n    }\n  }\n": typeof types.SubmitIdeaDocument,
    "\n  mutation VoteForIdea($id: ID!) {\n    voteForIdea(id: $id) {\n      ...IdeaCardFields\n    }\n  }\n": typeof types.VoteForIdeaDocument,
    "\n  mutation WithdrawVote($id: ID!) {\n    withdrawVote(id: $id) {\n      ...IdeaCardFields\n    }\n  }\n": typeof types.WithdrawVoteDocument,
    "\n  query GetCompanyInsightsFilters {\n    teams {\n      id\n      name\n    }\n    dashboardFilters {\n      levels\n      timeZones\n    }\n  }\n": typeof types.GetCompanyInsightsFiltersDocument,
    "\n  query GetCompanyTimeZone {\n    company {\n      timeZone\n    }\n  }\n": typeof types.GetCompanyTimeZoneDocument,
    "\n  query GetHrDashboard($teamIds: [ID!], $levels: [Int!], $timeZones: [String!], $from: DateOnly, $to: DateOnly) {\n    hrDashboard(teamIds: $teamIds, levels: $levels, timeZones: $timeZones, from: $from, to: $to) {\n      period {\n        ...DashboardPeriodFields\n      }\n      headcount\n      kudos\n      recognisedPeople\n      reach\n      recognition {\n        ...RecognitionPointFields\n      }\n      recognitionByValue {\n        label\n        count\n      }\n      recognitionFlows {\n        from\n        to\n        count\n      }\n      ideas {\n        ...IdeaSummaryFields\n      }\n      enps {\n        roundId\n        question\n        opensAt\n        answers\n        enps\n        leftOut\n        withheldReason\n      }\n      oneOnOnesByManager {\n        ...OneOnOneAdherenceFields\n      }\n      participation {\n        checkIns\n        kudosGiving\n        latestPulse\n      }\n    }\n  }\n": typeof types.GetHrDashboardDocument,
    "\n  query GetManagerDashboard($managerId: ID, $from: DateOnly, $to: DateOnly) {\n    managerDashboard(managerId: $managerId, from: $from, to: $to) {\n      manager {\n        id\n        name\n        title\n      }\n      period {\n        ...DashboardPeriodFields\n      }\n      people\n      recognition {\n        ...RecognitionPointFields\n      }\n      recognitionByPerson {\n        person {\n          id\n          name\n          title\n        }\n        given\n        received\n        lastRecognisedAt\n      }\n      notRecognised {\n        days\n        people {\n          person {\n            id\n            name\n            title\n          }\n          lastRecognisedAt\n        }\n      }\n      oneOnOnes {\n        ...OneOnOneAdherenceFields\n      }\n      checkIns {\n        week\n        submitted\n        people\n        averageMood\n      }\n      openActionItems {\n        owner {\n          id\n          name\n        }\n        open\n        overdue\n      }\n      ideas {\n        ...IdeaSummaryFields\n      }\n    }\n  }\n": typeof types.GetManagerDashboardDocument,
    "\n  query GetManagersBelow($managerId: ID!) {\n    reportsOf(managerId: $managerId) {\n      id\n      name\n      isManager\n    }\n  }\n": typeof types.GetManagersBelowDocument,
    "\n  fragment DashboardPeriodFields on DashboardPeriod {\n    from\n    to\n    bucket\n    timeZone\n  }\n": typeof types.DashboardPeriodFieldsFragmentDoc,
    "\n  fragment RecognitionPointFields on RecognitionPoint {\n    start\n    given\n    received\n    recognisedPeople\n  }\n": typeof types.RecognitionPointFieldsFragmentDoc,
    "\n  fragment OneOnOneAdherenceFields on OneOnOneAdherence {\n    manager {\n      id\n      name\n    }\n    report {\n      id\n      name\n    }\n    series\n    expected\n    held\n    rate\n    overdue\n  }\n": typeof types.OneOnOneAdherenceFieldsFragmentDoc,
    "\n  fragment IdeaSummaryFields on IdeaSummary {\n    funnel {\n      label\n      count\n    }\n    submitted\n    answered\n    waiting\n    medianHoursToAnswer\n    p90HoursToAnswer\n    slaHours\n    withinSlaShare\n  }\n": typeof types.IdeaSummaryFieldsFragmentDoc,
    "\n  fragment NotificationPreferencesFields on NotificationPreferences {\n    emailAddress\n    categories {\n      category\n      label\n      email\n    }\n    oneOnOneReminderHours\n    calendarFeed {\n      active\n      createdAt\n    }\n  }\n": typeof types.NotificationPreferencesFieldsFragmentDoc,
    "\n  query GetNotificationPreferences {\n    notificationPreferences {\n      ...NotificationPreferencesFields\n    }\n  }\n": typeof types.GetNotificationPreferencesDocument,
    "\n  query GetNotifications($first: Int, $before: DateTime, $unreadOnly: Boolean) {\n    notifications(first: $first, before: $before, unreadOnly: $unreadOnly) {\n      unreadCount\n      hasMore\n      items {\n        ...NotificationFields\n      }\n    }\n  }\n": typeof types.GetNotificationsDocument,
    "\n  query GetUnreadNotificationCount {\n    notifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n": typeof types.GetUnreadNotificationCountDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead {\n      unreadCount\n    }\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      unreadCount\n    }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    category\n    title\n    link\n    createdAt\n    read\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  subscription NotificationsChanged {\n    notificationsChanged {\n      unreadCount\n      notification {\n        ...NotificationFields\n      }\n    }\n  }\n": typeof types.NotificationsChangedDocument,
    "\n  mutation ResetCalendarFeed {\n    resetCalendarFeed\n  }\n": typeof types.ResetCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed {\n      ...NotificationPreferencesFields\n    }\n  }\n": typeof types.RevokeCalendarFeedDocument,
    "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      ...NotificationPreferencesFields\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  mutation AddActionItem($meetingId: ID!, $input: ActionItemInput!) {\n    addActionItem(meetingId: $meetingId, input: $input) {\n      ...OneOnOneMeetingFields\n    }\n  }\n": typeof types.AddActionItemDocument,
    "\n  mutation AddAgendaItem($meetingId: ID!, $text: String!) {\n    addAgendaItem(meetingId: $meetingId, text: $text) {\n      ...OneOnOneMeetingFields\n    }\n  }\n": typeof types.AddAgendaItemDocument,
    "\n  query OneOnOneMeeting($id: ID!) {\n    oneOnOneMeeting(id: $id) {\n      ...OneOnOneMeetingFields\n    }\n  }\n": typeof types.OneOnOneMeetingDocument,
    "\n  query MyOneOnOnes {\n    myOneOnOnes {\n      series {\n        ...OneOnOneSeriesFields\n      }\n      upcoming {\n        ...OneOnOneMeetingSummaryFields\n      }\n      past {\n        ...OneOnOneMeetingSummaryFields\n      }\n    }\n  }\n": typeof types.MyOneOnOnesDocument,
    "\n  query MyTimeZone {\n    me {\n      id\n      timeZone\n    }\n  }\n": typeof types.MyTimeZoneDocument,
    "\n  query ReportsOneOnOnes {\n    myReportsOneOnOnes {\n      report {\n        id\n        name\n        title\n      }\n      series {\n        ...OneOnOneSeriesFields\n      }\n      lastHeldAt\n      daysSinceLastHeld\n      overdue\n    }\n  }\n": typeof types.ReportsOneOnOnesDocument,
    "\n  query OneOnOneSeries($id: ID!) {\n    oneOnOneSeries(id: $id) {\n      ...OneOnOneSeriesFields\n      upcoming {\n        ...OneOnOneMeetingSummaryFields\n      }\n    }\n  }\n": typeof types.OneOnOneSeriesDocument,
    "\n  mutation MarkOneOnOneHeld($meetingId: ID!) {\n    markOneOnOneHeld(meetingId: $meetingId) {\n      ...OneOnOneMeetingFields\n    }\n  }\n": typeof types.MarkOneOnOneHeldDocument,
    "\n  mutation MoveOneOnOne($meetingId: ID!, $startsAt: DateTime!) {\n    moveOneOnOne(meetingId: $meetingId, startsAt: $startsAt) {\n      ...OneOnOneMeetingFields\n    }\n  }\n": typeof types.MoveOneOnOneDocument,
    "\n  fragment OneOnOneSeriesFields on OneOnOneSeries {\n    id\n    manager {\n      id\n      name\n      title\n    }\n    report {\n      id\n      name\n      title\n    }\n    cadence\n    weekday\n    localTime\n    timeZone\n    durationMinutes\n    startsOn\n    viewerIsManager\n    nextMeeting {\n      id\n      startsAt\n      endsAt\n      moved\n      status\n    }\n    lastHeldAt\n    overdue\n    openActionItemCount\n  }\n": typeof types.OneOnOneSeriesFieldsFragmentDoc,
    "\n  fragment OneOnOneMeetingSummaryFields on OneOnOneMeeting {\n    id\n    occurrenceDate\n    startsAt\n    endsAt\n    moved\n    status\n    heldAt\n    series {\n      id\n      viewerIsManager\n      manager {\n        id\n        name\n        title\n      }\n      report {\n        id\n        name\n        title\n      }\n    }\n  }\n": typeof types.OneOnOneMeetingSummaryFieldsFragmentDoc,
    "\n  fragment OneOnOneMeetingFields on OneOnOneMeeting {\n    id\n    occurrenceDate\n    startsAt\n    endsAt\n    moved\n    status\n    heldAt\n    series {\n      ...OneOnOneSeriesFields\n    }\n    agenda {\n      id\n      text\n      author {\n        id\n        name\n      }\n      discussed\n      carriedOver\n      fromCheckIn\n      createdAt\n    }\n    sharedNotes\n    sharedNotesVersion\n    myPrivateNote\n    actionItems {\n      id\n      text\n      owner {\n        id\n        name\n      }\n      dueOn\n      done\n      doneAt\n      createdFor\n      carriedOver\n    }\n  }\n": typeof types.OneOnOneMeetingFieldsFragmentDoc,
    "\n  mutation RemoveAgendaItem($meetingId: ID!, $itemId: ID!) {\n    removeAgendaItem(meetingId: $meetingId, itemId: $itemId) {\n      ...OneOnOneMeetingFields\n    }\n  }\n": typeof types.RemoveAgendaItemDocument,
    "\n  mutation ReorderAgenda($meetingId: ID!, $itemIds: [ID!]!) {\n    reorderAgenda(meetingId: $meetingId, itemIds: $itemIds) {\n      ...OneOnOneMeetingFields\n    }\n  }\n": typeof types.ReorderAgendaDocument,
    "\n  mutation SavePrivateNote($meetingId: ID!, $text: String!) {\n    savePrivateNote(meetingId: $meetingId, text: $text) {\n      ...OneOnOneMeetingFields\n    }\n  }\n": typeof types.SavePrivateNoteDocument,
    "\n  mutation SaveSharedNotes($meetingId: ID!, $text: String!, $version: Int!) {\n    saveSharedNotes(meetingId: $meetingId, text: $text, version: $version) {\n      ...OneOnOneMeetingFields\n    }\n  }\n": typeof types.SaveSharedNotesDocument,
    "\n  mutation ScheduleOneOnOne($reportId: ID!, $input: OneOnOneScheduleInput!) {\n    scheduleOneOnOne(reportId: $reportId, input: $input) {\n      ...OneOnOneSeriesFields\n    }\n  }\n": typeof types.ScheduleOneOnOneDocument,
    "\n  mutation SetActionItemDone($meetingId: ID!, $itemId: ID!, $done: Boolean!) {\n    setActionItemDone(meetingId: $meetingId, itemId: $itemId, done: $done) {\n      ...OneOnOneMeetingFields\n    }\n  }\n": typeof types.SetActionItemDoneDocument,
    "\n  mutation SetAgendaItemDiscussed($meetingId: ID!, $itemId: ID!, $discussed: Boolean!) {\n    setAgendaItemDiscussed(meetingId: $meetingId, itemId: $itemId, discussed: $discussed) {\n      ...OneOnOneMeetingFields\n    }\n  }\n": typeof types.SetAgendaItemDiscussedDocument,
    "\n  mutation SkipOneOnOne($meetingId: ID!) {\n    skipOneOnOne(meetingId: $meetingId) {\n      ...OneOnOneMeetingFields\n    }\n  }\n": typeof types.SkipOneOnOneDocument,
    "\n  mutation UpdateOneOnOneSchedule($seriesId: ID!, $input: OneOnOneScheduleInput!) {\n    updateOneOnOneSchedule(seriesId: $seriesId, input: $input) {\n      ...OneOnOneSeriesFields\n    }\n  }\n": typeof types.UpdateOneOnOneScheduleDocument,
    "\n  query GetDirectory($search: String, $teamId: ID, $first: Int, $after: String) {\n    directory(search: $search, teamId: $teamId, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        title\n        email\n        team {\n          id\n          name\n        }\n        isManager\n      }\n      endCursor\n      hasNextPage\n      totalCount\n    }\n  }\n": typeof types.GetDirectoryDocument,
    "\n  query GetEmployee($id: ID!) {\n    employee(id: $id) {\n      id\n      name\n      email\n      title\n      team {\n        id\n        name\n      }\n      manager {\n        id\n        name\n        title\n      }\n      timeZone\n      startDate\n      active\n      isHrAdmin\n      isManager\n      reportCount\n    }\n  }\n": typeof types.GetEmployeeDocument,
    "\n  query GetOrgImport($id: ID!) {\n    orgImport(id: $id) {\n      id\n      status\n      totalRows\n      processedRows\n      created\n      updated\n      unchanged\n      deactivated\n      startedAt\n      finishedAt\n      failure\n    }\n  }\n": typeof types.GetOrgImportDocument,
    "\n  query GetOrgImports($first: Int) {\n    orgImports(first: $first) {\n      id\n      status\n      totalRows\n      processedRows\n      created\n      updated\n      unchanged\n      deactivated\n      startedAt\n      finishedAt\n      failure\n    }\n  }\n": typeof types.GetOrgImportsDocument,
    "\n  query GetReports($managerId: ID!) {\n    reportsOf(managerId: $managerId) {\n      id\n      name\n      title\n      timeZone\n      isManager\n      reportCount\n    }\n  }\n": typeof types.GetReportsDocument,
    "\n  query GetTeams {\n    teams {\n      id\n      name\n      memberCount\n    }\n  }\n": typeof types.GetTeamsDocument,
    "\n  mutation ImportOrganisation($csv: String!) {\n    importOrganisation(csv: $csv) {\n      import {\n        id\n        status\n        totalRows\n        processedRows\n        created\n        updated\n        unchanged\n        deactivated\n        startedAt\n        finishedAt\n        failure\n      }\n      errors {\n        line\n        column\n        message\n      }\n    }\n  }\n": typeof types.ImportOrganisationDocument,
    "\n  mutation UpdateMyProfile($input: MyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n      email\n      title\n      team {\n        id\n        name\n      }\n      manager {\n        id\n        name\n        title\n      }\n      timeZone\n      startDate\n      active\n      isHrAdmin\n      isManager\n      reportCount\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation AnswerPulse($roundId: ID!, $score: Int!, $comment: String) {\n    answerPulse(roundId: $roundId, score: $score, comment: $comment) {\n      ...PulseRoundFields\n    }\n  }\n": typeof types.AnswerPulseDocument,
    "\n  query CurrentPulse {\n    currentPulse {\n      ...PulseRoundFields\n    }\n  }\n": typeof types.CurrentPulseDocument,
    "\n  query PulseResults($roundId: ID, $teamId: ID) {\n    pulseResults(roundId: $roundId, teamId: $teamId) {\n      round {\n        ...PulseRoundFields\n      }\n      teamName\n      answers\n      shown\n      explanation\n      minimumAnswers\n      minimumComments\n      enps\n      promoters\n      passives\n      detractors\n      comments\n    }\n  }\n": typeof types.PulseResultsDocument,
    "\n  query PulseRounds($first: Int) {\n    pulseRounds(first: $first) {\n      ...PulseRoundFields\n    }\n  }\n": typeof types.PulseRoundsDocument,
    "\n  query PulseTeams {\n    teams {\n      id\n      name\n    }\n  }\n": typeof types.PulseTeamsDocument,
    "\n  mutation OpenPulseRound($question: String) {\n    openPulseRound(question: $question) {\n      ...PulseRoundFields\n    }\n  }\n": typeof types.OpenPulseRoundDocument,
    "\n  fragment PulseRoundFields on PulseRound {\n    id\n    question\n    opensAt\n    closesAt\n    open\n    answeredByMe\n    answers\n  }\n": typeof types.PulseRoundFieldsFragmentDoc,
    "\n  mutation SetPulseCadence($days: Int!) {\n    setPulseCadence(days: $days)\n  }\n": typeof types.SetPulseCadenceDocument,
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
    "\n  fragment CheckInFields on CheckIn {\n    id\n    employee {\n      id\n      name\n      title\n    }\n    week\n    mood\n    wins\n    blockers\n    priorities\n    submittedAt\n    replies {\n      id\n      author {\n        id\n        name\n        title\n      }\n      text\n      createdAt\n    }\n  }\n": types.CheckInFieldsFragmentDoc,
    "\n  query MyCheckIn {\n    myCheckIn {\n      ...CheckInFields\n    }\n  }\n": types.MyCheckInDocument,
    "\n  query MyCheckIns($first: Int) {\n    myCheckIns(first: $first) {\n      ...CheckInFields\n    }\n  }\n": types.MyCheckInsDocument,
    "\n  query TeamCheckIns($week: DateOnly) {\n    teamCheckIns(week: $week) {\n      week\n      checkIns {\n        ...CheckInFields\n      }\n      missing {\n        id\n        name\n        title\n      }\n    }\n  }\n": types.TeamCheckInsDocument,
    "\n  mutation ReplyToCheckIn($checkInId: ID!, $text: String!) {\n    replyToCheckIn(checkInId: $checkInId, text: $text) {\n      ...CheckInFields\n    }\n  }\n": types.ReplyToCheckInDocument,
    "\n  mutation SubmitCheckIn($input: CheckInInput!) {\n    submitCheckIn(input: $input) {\n      ...CheckInFields\n    }\n  }\n": types.SubmitCheckInDocument,
    "\n  subscription CompanyUpdated {\n    companyUpdated {\n      name\n      timeZone\n      values\n      ideaAnswerSlaHours\n      monthlyKudosAllowance\n      updatedAt\n    }\n  }\n": types.CompanyUpdatedDocument,
    "\n  query GetCompany {\n    company {\n      name\n      timeZone\n      values\n      ideaAnswerSlaHours\n      monthlyKudosAllowance\n      updatedAt\n    }\n  }\n": types.GetCompanyDocument,
    "\n  mutation UpdateCompanyProfile($input: CompanyProfileInput!) {\n    updateCompanyProfile(input: $input) {\n      name\n      timeZone\n      values\n      ideaAnswerSlaHours\n      monthlyKudosAllowance\n      updatedAt\n    }\n  }\n": types.UpdateCompanyProfileDocument,
    "\n  mutation DeclineFeedbackRequest($requestId: ID!) {\n    declineFeedbackRequest(requestId: $requestId)\n  }\n": types.DeclineFeedbackRequestDocument,
    "\n  fragment FeedbackNoteFields on FeedbackNote {\n    id\n    author {\n      id\n      name\n      title\n    }\n    recipient {\n      id\n      name\n      title\n    }\n    text\n    visibility\n    requestId\n    createdAt\n  }\n": types.FeedbackNoteFieldsFragmentDoc,
    "\n  fragment FeedbackRequestFields on FeedbackRequest {\n    id\n    requester {\n      id\n      name\n      title\n    }\n    subject {\n      id\n      name\n      title\n    }\n    question\n    createdAt\n    dueAt\n  }\n": types.FeedbackRequestFieldsFragmentDoc,
    "\n  query FeedbackAbout($employeeId: ID!) {\n    feedbackAbout(employeeId: $employeeId) {\n      ...FeedbackNoteFields\n    }\n  }\n": types.FeedbackAboutDocument,
    "\n  query FeedbackInbox {\n    myFeedbackInbox {\n      received {\n        ...FeedbackNoteFields\n      }\n      given {\n        ...FeedbackNoteFields\n      }\n      requestsToMe {\n        ...FeedbackRequestFields\n      }\n      myRequests {\n        ...FeedbackRequestFields\n        respondents {\n          employee {\n            id\n            name\n            title\n          }\n          status\n        }\n        answers {\n          ...FeedbackNoteFields\n        }\n      }\n    }\n  }\n": types.FeedbackInboxDocument,
    "\n  query GetUpwardRecipient {\n    me {\n      id\n      manager {\n        id\n        name\n        title\n      }\n    }\n  }\n": types.GetUpwardRecipientDocument,
    "\n  query GetFeedbackSubjects($managerId: ID!) {\n    reportsOf(managerId: $managerId) {\n      id\n      name\n      title\n    }\n  }\n": types.GetFeedbackSubjectsDocument,
    "\n  query UpwardFeedbackForMe {\n    upwardFeedbackForMe {\n      threshold\n      batches {\n        releasedWeek\n        notes {\n          text\n        }\n      }\n    }\n  }\n": types.UpwardFeedbackForMeDocument,
    "\n  mutation GiveFeedback($input: GiveFeedbackInput!) {\n    giveFeedback(input: $input) {\n      ...FeedbackNoteFields\n    }\n  }\n": types.GiveFeedbackDocument,
    "\n  mutation RequestFeedback($input: RequestFeedbackInput!) {\n    requestFeedback(input: $input) {\n      ...FeedbackRequestFields\n    }\n  }\n": types.RequestFeedbackDocument,
    "\n  query SearchFeedbackColleagues($search: String!, $first: Int) {\n    directory(search: $search, first: $first) {\n      nodes {\n        id\n        name\n        title\n        team {\n          name\n        }\n      }\n    }\n  }\n": types.SearchFeedbackColleaguesDocument,
    "\n  mutation SendUpwardFeedback($text: String!) {\n    sendUpwardFeedback(text: $text) {\n      week\n      threshold\n      message\n    }\n  }\n": types.SendUpwardFeedbackDocument,
    "\n  mutation CommentOnIdea($id: ID!, $text: String!) {\n    commentOnIdea(id: $id, text: $text) {\n      id\n      author {\n        id\n        name\n      }\n      text\n      createdAt\n    }\n  }\n": types.CommentOnIdeaDocument,
    "\n  mutation EditIdea($id: ID!, $input: IdeaInput!, $followToken: String) {\n    editIdea(id: $id, input: $input, followToken: $followToken) {\n      ...IdeaDetailFields\n    }\n  }\n": types.EditIdeaDocument,
    "\n  mutation FollowIdea($id: ID!, $follow: Boolean!) {\n    followIdea(id: $id, follow: $follow) {\n      ...IdeaCardFields\n    }\n  }\n": types.FollowIdeaDocument,
    "\n  query GetIdeaAnswerTimes {\n    ideaAnswerTimes {\n      team\n      answered\n      unanswered\n      medianHours\n      p90Hours\n      answeredWithinTarget\n    }\n    company {\n      ideaAnswerSlaHours\n    }\n  }\n": types.GetIdeaAnswerTimesDocument,
    "\n  query GetIdeaByFollowToken($token: String!) {\n    ideaByFollowToken(token: $token) {\n      ...IdeaDetailFields\n    }\n  }\n": types.GetIdeaByFollowTokenDocument,
    "\n  query GetIdeaFilters {\n    ideaCategories\n    teams {\n      id\n      name\n    }\n  }\n": types.GetIdeaFiltersDocument,
    "\n  query GetIdea($id: ID!) {\n    idea(id: $id) {\n      ...IdeaDetailFields\n    }\n  }\n": types.GetIdeaDocument,
    "\n  query GetIdeasAwaitingMyAnswer {\n    ideasAwaitingMyAnswer {\n      ...IdeaCardFields\n    }\n  }\n": types.GetIdeasAwaitingMyAnswerDocument,
    "\n  query GetIdeas($filter: IdeaFilter, $sort: IdeaSort!, $search: String, $first: Int, $after: String) {\n    ideas(filter: $filter, sort: $sort, search: $search, first: $first, after: $after) {\n      nodes {\n        ...IdeaCardFields\n      }\n      endCursor\n      hasNextPage\n      totalCount\n    }\n  }\n": types.GetIdeasDocument,
    "\n  fragment IdeaCardFields on Idea {\n    id\n    title\n    problem\n    category\n    status\n    nextStatuses\n    author {\n      id\n      name\n    }\n    anonymous\n    teamName\n    owner {\n      id\n      name\n      title\n    }\n    canAnswer\n    canEdit\n    mergedIntoId\n    mergedIntoTitle\n    voteCount\n    votedByMe\n    followedByMe\n    commentCount\n    escalationLevel\n    createdAt\n    answerDueAt\n    firstResponseAt\n    hoursToFirstResponse\n  }\n": types.IdeaCardFieldsFragmentDoc,
    "\n  fragment IdeaDetailFields on Idea {\n    ...IdeaCardFields\n    proposal\n    responses {\n      id\n      fromStatus\n      toStatus\n      response\n      responder {\n        id\n        name\n      }\n      createdAt\n    }\n    comments {\n      id\n      author {\n        id\n        name\n      }\n      text\n      createdAt\n    }\n  }\n": types.IdeaDetailFieldsFragmentDoc,
    "\n  mutation MoveIdea($id: ID!, $status: IdeaStatus!, $response: String!, $mergeIntoId: ID) {\n    moveIdea(id: $id, status: $status, response: $response, mergeIntoId: $mergeIntoId) {\n      ...IdeaDetailFields\n    }\n  }\n": types.MoveIdeaDocument,
    "\n  mutation ReassignIdea($id: ID!, $ownerId: ID!) {\n    reassignIdea(id: $id, ownerId: $ownerId) {\n      ...IdeaCardFields\n    }\n  }\n": types.ReassignIdeaDocument,
    "\n  query SearchMergeTargets($search: String!, $first: Int) {\n    ideas(search: $search, sort: TOP, first: $first) {\n      nodes {\n        id\n        title\n        status\n        nextStatuses\n        voteCount\n      }\n    }\n  }\n": types.SearchMergeTargetsDocument,
    "\n  query SearchIdeaOwners($search: String!, $first: Int) {\n    directory(search: $search, first: $first) {\n      nodes {\n        id\n        name\n        title\n        team {\n          name\n        }\n      }\n    }\n  }\n": types.SearchIdeaOwnersDocument,
    "\n  mutation SubmitIdea($input: IdeaInput!, $submissionId: ID, $followToken: String) {\n    submitIdea(input: $input, submissionId: $submissionId, followToken: $followToken) {\n      idea {\n        ...IdeaDetailFields\n      }\n      followToken\n    }\n  }\n": types.SubmitIdeaDocument,
    "\n  mutation VoteForIdea($id: ID!) {\n    voteForIdea(id: $id) {\n      ...IdeaCardFields\n    }\n  }\n": types.VoteForIdeaDocument,
    "\n  mutation WithdrawVote($id: ID!) {\n    withdrawVote(id: $id) {\n      ...IdeaCardFields\n    }\n  }\n": types.WithdrawVoteDocument,
    "\n  query GetCompanyInsightsFilters {\n    teams {\n      id\n      name\n    }\n    dashboardFilters {\n      levels\n      timeZones\n    }\n  }\n": types.GetCompanyInsightsFiltersDocument,
    "\n  query GetCompanyTimeZone {\n    company {\n      timeZone\n    }\n  }\n": types.GetCompanyTimeZoneDocument,
    "\n  query GetHrDashboard($teamIds: [ID!], $levels: [Int!], $timeZones: [String!], $from: DateOnly, $to: DateOnly) {\n    hrDashboard(teamIds: $teamIds, levels: $levels, timeZones: $timeZones, from: $from, to: $to) {\n      period {\n        ...DashboardPeriodFields\n      }\n      headcount\n      kudos\n      recognisedPeople\n      reach\n      recognition {\n        ...RecognitionPointFields\n      }\n      recognitionByValue {\n        label\n        count\n      }\n      recognitionFlows {\n        from\n        to\n        count\n      }\n      ideas {\n        ...IdeaSummaryFields\n      }\n      enps {\n        roundId\n        question\n        opensAt\n        answers\n        enps\n        leftOut\n        withheldReason\n      }\n      oneOnOnesByManager {\n        ...OneOnOneAdherenceFields\n      }\n      participation {\n        checkIns\n        kudosGiving\n        latestPulse\n      }\n    }\n  }\n": types.GetHrDashboardDocument,
    "\n  query GetManagerDashboard($managerId: ID, $from: DateOnly, $to: DateOnly) {\n    managerDashboard(managerId: $managerId, from: $from, to: $to) {\n      manager {\n        id\n        name\n        title\n      }\n      period {\n        ...DashboardPeriodFields\n      }\n      people\n      recognition {\n        ...RecognitionPointFields\n      }\n      recognitionByPerson {\n        person {\n          id\n          name\n          title\n        }\n        given\n        received\n        lastRecognisedAt\n      }\n      notRecognised {\n        days\n        people {\n          person {\n            id\n            name\n            title\n          }\n          lastRecognisedAt\n        }\n      }\n      oneOnOnes {\n        ...OneOnOneAdherenceFields\n      }\n      checkIns {\n        week\n        submitted\n        people\n        averageMood\n      }\n      openActionItems {\n        owner {\n          id\n          name\n        }\n        open\n        overdue\n      }\n      ideas {\n        ...IdeaSummaryFields\n      }\n    }\n  }\n": types.GetManagerDashboardDocument,
    "\n  query GetManagersBelow($managerId: ID!) {\n    reportsOf(managerId: $managerId) {\n      id\n      name\n      isManager\n    }\n  }\n": types.GetManagersBelowDocument,
    "\n  fragment DashboardPeriodFields on DashboardPeriod {\n    from\n    to\n    bucket\n    timeZone\n  }\n": types.DashboardPeriodFieldsFragmentDoc,
    "\n  fragment RecognitionPointFields on RecognitionPoint {\n    start\n    given\n    received\n    recognisedPeople\n  }\n": types.RecognitionPointFieldsFragmentDoc,
    "\n  fragment OneOnOneAdherenceFields on OneOnOneAdherence {\n    manager {\n      id\n      name\n    }\n    report {\n      id\n      name\n    }\n    series\n    expected\n    held\n    rate\n    overdue\n  }\n": types.OneOnOneAdherenceFieldsFragmentDoc,
    "\n  fragment IdeaSummaryFields on IdeaSummary {\n    funnel {\n      label\n      count\n    }\n    submitted\n    answered\n    waiting\n    medianHoursToAnswer\n    p90HoursToAnswer\n    slaHours\n    withinSlaShare\n  }\n": types.IdeaSummaryFieldsFragmentDoc,
    "\n  fragment NotificationPreferencesFields on NotificationPreferences {\n    emailAddress\n    categories {\n      category\n      label\n      email\n    }\n    oneOnOneReminderHours\n    calendarFeed {\n      active\n      createdAt\n    }\n  }\n": types.NotificationPreferencesFieldsFragmentDoc,
    "\n  query GetNotificationPreferences {\n    notificationPreferences {\n      ...NotificationPreferencesFields\n    }\n  }\n": types.GetNotificationPreferencesDocument,
    "\n  query GetNotifications($first: Int, $before: DateTime, $unreadOnly: Boolean) {\n    notifications(first: $first, before: $before, unreadOnly: $unreadOnly) {\n      unreadCount\n      hasMore\n      items {\n        ...NotificationFields\n      }\n    }\n  }\n": types.GetNotificationsDocument,
    "\n  query GetUnreadNotificationCount {\n    notifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n": types.GetUnreadNotificationCountDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead {\n      unreadCount\n    }\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      unreadCount\n    }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    category\n    title\n    link\n    createdAt\n    read\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  subscription NotificationsChanged {\n    notificationsChanged {\n      unreadCount\n      notification {\n        ...NotificationFields\n      }\n    }\n  }\n": types.NotificationsChangedDocument,
    "\n  mutation ResetCalendarFeed {\n    resetCalendarFeed\n  }\n": types.ResetCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed {\n      ...NotificationPreferencesFields\n    }\n  }\n": types.RevokeCalendarFeedDocument,
    "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      ...NotificationPreferencesFields\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  mutation AddActionItem($meetingId: ID!, $input: ActionItemInput!) {\n    addActionItem(meetingId: $meetingId, input: $input) {\n      ...OneOnOneMeetingFields\n    }\n  }\n": types.AddActionItemDocument,
    "\n  mutation AddAgendaItem($meetingId: ID!, $text: String!) {\n    addAgendaItem(meetingId: $meetingId, text: $text) {\n      ...OneOnOneMeetingFields\n    }\n  }\n": types.AddAgendaItemDocument,
    "\n  query OneOnOneMeeting($id: ID!) {\n    oneOnOneMeeting(id: $id) {\n      ...OneOnOneMeetingFields\n    }\n  }\n": types.OneOnOneMeetingDocument,
    "\n  query MyOneOnOnes {\n    myOneOnOnes {\n      series {\n        ...OneOnOneSeriesFields\n      }\n      upcoming {\n        ...OneOnOneMeetingSummaryFields\n      }\n      past {\n        ...OneOnOneMeetingSummaryFields\n      }\n    }\n  }\n": types.MyOneOnOnesDocument,
    "\n  query MyTimeZone {\n    me {\n      id\n      timeZone\n    }\n  }\n": types.MyTimeZoneDocument,
    "\n  query ReportsOneOnOnes {\n    myReportsOneOnOnes {\n      report {\n        id\n        name\n        title\n      }\n      series {\n        ...OneOnOneSeriesFields\n      }\n      lastHeldAt\n      daysSinceLastHeld\n      overdue\n    }\n  }\n": types.ReportsOneOnOnesDocument,
    "\n  query OneOnOneSeries($id: ID!) {\n    oneOnOneSeries(id: $id) {\n      ...OneOnOneSeriesFields\n      upcoming {\n        ...OneOnOneMeetingSummaryFields\n      }\n    }\n  }\n": types.OneOnOneSeriesDocument,
    "\n  mutation MarkOneOnOneHeld($meetingId: ID!) {\n    markOneOnOneHeld(meetingId: $meetingId) {\n      ...OneOnOneMeetingFields\n    }\n  }\n": types.MarkOneOnOneHeldDocument,
    "\n  mutation MoveOneOnOne($meetingId: ID!, $startsAt: DateTime!) {\n    moveOneOnOne(meetingId: $meetingId, startsAt: $startsAt) {\n      ...OneOnOneMeetingFields\n    }\n  }\n": types.MoveOneOnOneDocument,
    "\n  fragment OneOnOneSeriesFields on OneOnOneSeries {\n    id\n    manager {\n      id\n      name\n      title\n    }\n    report {\n      id\n      name\n      title\n    }\n    cadence\n    weekday\n    localTime\n    timeZone\n    durationMinutes\n    startsOn\n    viewerIsManager\n    nextMeeting {\n      id\n      startsAt\n      endsAt\n      moved\n      status\n    }\n    lastHeldAt\n    overdue\n    openActionItemCount\n  }\n": types.OneOnOneSeriesFieldsFragmentDoc,
    "\n  fragment OneOnOneMeetingSummaryFields on OneOnOneMeeting {\n    id\n    occurrenceDate\n    startsAt\n    endsAt\n    moved\n    status\n    heldAt\n    series {\n      id\n      viewerIsManager\n      manager {\n        id\n        name\n        title\n      }\n      report {\n        id\n        name\n        title\n      }\n    }\n  }\n": types.OneOnOneMeetingSummaryFieldsFragmentDoc,
    "\n  fragment OneOnOneMeetingFields on OneOnOneMeeting {\n    id\n    occurrenceDate\n    startsAt\n    endsAt\n    moved\n    status\n    heldAt\n    series {\n      ...OneOnOneSeriesFields\n    }\n    agenda {\n      id\n      text\n      author {\n        id\n        name\n      }\n      discussed\n      carriedOver\n      fromCheckIn\n      createdAt\n    }\n    sharedNotes\n    sharedNotesVersion\n    myPrivateNote\n    actionItems {\n      id\n      text\n      owner {\n        id\n        name\n      }\n      dueOn\n      done\n      doneAt\n      createdFor\n      carriedOver\n    }\n  }\n": types.OneOnOneMeetingFieldsFragmentDoc,
    "\n  mutation RemoveAgendaItem($meetingId: ID!, $itemId: ID!) {\n    removeAgendaItem(meetingId: $meetingId, itemId: $itemId) {\n      ...OneOnOneMeetingFields\n    }\n  }\n": types.RemoveAgendaItemDocument,
    "\n  mutation ReorderAgenda($meetingId: ID!, $itemIds: [ID!]!) {\n    reorderAgenda(meetingId: $meetingId, itemIds: $itemIds) {\n      ...OneOnOneMeetingFields\n    }\n  }\n": types.ReorderAgendaDocument,
    "\n  mutation SavePrivateNote($meetingId: ID!, $text: String!) {\n    savePrivateNote(meetingId: $meetingId, text: $text) {\n      ...OneOnOneMeetingFields\n    }\n  }\n": types.SavePrivateNoteDocument,
    "\n  mutation SaveSharedNotes($meetingId: ID!, $text: String!, $version: Int!) {\n    saveSharedNotes(meetingId: $meetingId, text: $text, version: $version) {\n      ...OneOnOneMeetingFields\n    }\n  }\n": types.SaveSharedNotesDocument,
    "\n  mutation ScheduleOneOnOne($reportId: ID!, $input: OneOnOneScheduleInput!) {\n    scheduleOneOnOne(reportId: $reportId, input: $input) {\n      ...OneOnOneSeriesFields\n    }\n  }\n": types.ScheduleOneOnOneDocument,
    "\n  mutation SetActionItemDone($meetingId: ID!, $itemId: ID!, $done: Boolean!) {\n    setActionItemDone(meetingId: $meetingId, itemId: $itemId, done: $done) {\n      ...OneOnOneMeetingFields\n    }\n  }\n": types.SetActionItemDoneDocument,
    "\n  mutation SetAgendaItemDiscussed($meetingId: ID!, $itemId: ID!, $discussed: Boolean!) {\n    setAgendaItemDiscussed(meetingId: $meetingId, itemId: $itemId, discussed: $discussed) {\n      ...OneOnOneMeetingFields\n    }\n  }\n": types.SetAgendaItemDiscussedDocument,
    "\n  mutation SkipOneOnOne($meetingId: ID!) {\n    skipOneOnOne(meetingId: $meetingId) {\n      ...OneOnOneMeetingFields\n    }\n  }\n": types.SkipOneOnOneDocument,
    "\n  mutation UpdateOneOnOneSchedule($seriesId: ID!, $input: OneOnOneScheduleInput!) {\n    updateOneOnOneSchedule(seriesId: $seriesId, input: $input) {\n      ...OneOnOneSeriesFields\n    }\n  }\n": types.UpdateOneOnOneScheduleDocument,
    "\n  query GetDirectory($search: String, $teamId: ID, $first: Int, $after: String) {\n    directory(search: $search, teamId: $teamId, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        title\n        email\n        team {\n          id\n          name\n        }\n        isManager\n      }\n      endCursor\n      hasNextPage\n      totalCount\n    }\n  }\n": types.GetDirectoryDocument,
    "\n  query GetEmployee($id: ID!) {\n    employee(id: $id) {\n      id\n      name\n      email\n      title\n      team {\n        id\n        name\n      }\n      manager {\n        id\n        name\n        title\n      }\n      timeZone\n      startDate\n      active\n      isHrAdmin\n      isManager\n      reportCount\n    }\n  }\n": types.GetEmployeeDocument,
    "\n  query GetOrgImport($id: ID!) {\n    orgImport(id: $id) {\n      id\n      status\n      totalRows\n      processedRows\n      created\n      updated\n      unchanged\n      deactivated\n      startedAt\n      finishedAt\n      failure\n    }\n  }\n": types.GetOrgImportDocument,
    "\n  query GetOrgImports($first: Int) {\n    orgImports(first: $first) {\n      id\n      status\n      totalRows\n      processedRows\n      created\n      updated\n      unchanged\n      deactivated\n      startedAt\n      finishedAt\n      failure\n    }\n  }\n": types.GetOrgImportsDocument,
    "\n  query GetReports($managerId: ID!) {\n    reportsOf(managerId: $managerId) {\n      id\n      name\n      title\n      timeZone\n      isManager\n      reportCount\n    }\n  }\n": types.GetReportsDocument,
    "\n  query GetTeams {\n    teams {\n      id\n      name\n      memberCount\n    }\n  }\n": types.GetTeamsDocument,
    "\n  mutation ImportOrganisation($csv: String!) {\n    importOrganisation(csv: $csv) {\n      import {\n        id\n        status\n        totalRows\n        processedRows\n        created\n        updated\n        unchanged\n        deactivated\n        startedAt\n        finishedAt\n        failure\n      }\n      errors {\n        line\n        column\n        message\n      }\n    }\n  }\n": types.ImportOrganisationDocument,
    "\n  mutation UpdateMyProfile($input: MyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n      email\n      title\n      team {\n        id\n        name\n      }\n      manager {\n        id\n        name\n        title\n      }\n      timeZone\n      startDate\n      active\n      isHrAdmin\n      isManager\n      reportCount\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation AnswerPulse($roundId: ID!, $score: Int!, $comment: String) {\n    answerPulse(roundId: $roundId, score: $score, comment: $comment) {\n      ...PulseRoundFields\n    }\n  }\n": types.AnswerPulseDocument,
    "\n  query CurrentPulse {\n    currentPulse {\n      ...PulseRoundFields\n    }\n  }\n": types.CurrentPulseDocument,
    "\n  query PulseResults($roundId: ID, $teamId: ID) {\n    pulseResults(roundId: $roundId, teamId: $teamId) {\n      round {\n        ...PulseRoundFields\n      }\n      teamName\n      answers\n      shown\n      explanation\n      minimumAnswers\n      minimumComments\n      enps\n      promoters\n      passives\n      detractors\n      comments\n    }\n  }\n": types.PulseResultsDocument,
    "\n  query PulseRounds($first: Int) {\n    pulseRounds(first: $first) {\n      ...PulseRoundFields\n    }\n  }\n": types.PulseRoundsDocument,
    "\n  query PulseTeams {\n    teams {\n      id\n      name\n    }\n  }\n": types.PulseTeamsDocument,
    "\n  mutation OpenPulseRound($question: String) {\n    openPulseRound(question: $question) {\n      ...PulseRoundFields\n    }\n  }\n": types.OpenPulseRoundDocument,
    "\n  fragment PulseRoundFields on PulseRound {\n    id\n    question\n    opensAt\n    closesAt\n    open\n    answeredByMe\n    answers\n  }\n": types.PulseRoundFieldsFragmentDoc,
    "\n  mutation SetPulseCadence($days: Int!) {\n    setPulseCadence(days: $days)\n  }\n": types.SetPulseCadenceDocument,
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
export function graphql(source: "\n  fragment CheckInFields on CheckIn {\n    id\n    employee {\n      id\n      name\n      title\n    }\n    week\n    mood\n    wins\n    blockers\n    priorities\n    submittedAt\n    replies {\n      id\n      author {\n        id\n        name\n        title\n      }\n      text\n      createdAt\n    }\n  }\n"): typeof import('./graphql').CheckInFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCheckIn {\n    myCheckIn {\n      ...CheckInFields\n    }\n  }\n"): typeof import('./graphql').MyCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCheckIns($first: Int) {\n    myCheckIns(first: $first) {\n      ...CheckInFields\n    }\n  }\n"): typeof import('./graphql').MyCheckInsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamCheckIns($week: DateOnly) {\n    teamCheckIns(week: $week) {\n      week\n      checkIns {\n        ...CheckInFields\n      }\n      missing {\n        id\n        name\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').TeamCheckInsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToCheckIn($checkInId: ID!, $text: String!) {\n    replyToCheckIn(checkInId: $checkInId, text: $text) {\n      ...CheckInFields\n    }\n  }\n"): typeof import('./graphql').ReplyToCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCheckIn($input: CheckInInput!) {\n    submitCheckIn(input: $input) {\n      ...CheckInFields\n    }\n  }\n"): typeof import('./graphql').SubmitCheckInDocument;
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
export function graphql(source: "\n  mutation DeclineFeedbackRequest($requestId: ID!) {\n    declineFeedbackRequest(requestId: $requestId)\n  }\n"): typeof import('./graphql').DeclineFeedbackRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedbackNoteFields on FeedbackNote {\n    id\n    author {\n      id\n      name\n      title\n    }\n    recipient {\n      id\n      name\n      title\n    }\n    text\n    visibility\n    requestId\n    createdAt\n  }\n"): typeof import('./graphql').FeedbackNoteFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedbackRequestFields on FeedbackRequest {\n    id\n    requester {\n      id\n      name\n      title\n    }\n    subject {\n      id\n      name\n      title\n    }\n    question\n    createdAt\n    dueAt\n  }\n"): typeof import('./graphql').FeedbackRequestFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackAbout($employeeId: ID!) {\n    feedbackAbout(employeeId: $employeeId) {\n      ...FeedbackNoteFields\n    }\n  }\n"): typeof import('./graphql').FeedbackAboutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackInbox {\n    myFeedbackInbox {\n      received {\n        ...FeedbackNoteFields\n      }\n      given {\n        ...FeedbackNoteFields\n      }\n      requestsToMe {\n        ...FeedbackRequestFields\n      }\n      myRequests {\n        ...FeedbackRequestFields\n        respondents {\n          employee {\n            id\n            name\n            title\n          }\n          status\n        }\n        answers {\n          ...FeedbackNoteFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FeedbackInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetUpwardRecipient {\n    me {\n      id\n      manager {\n        id\n        name\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').GetUpwardRecipientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetFeedbackSubjects($managerId: ID!) {\n    reportsOf(managerId: $managerId) {\n      id\n      name\n      title\n    }\n  }\n"): typeof import('./graphql').GetFeedbackSubjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UpwardFeedbackForMe {\n    upwardFeedbackForMe {\n      threshold\n      batches {\n        releasedWeek\n        notes {\n          text\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UpwardFeedbackForMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GiveFeedback($input: GiveFeedbackInput!) {\n    giveFeedback(input: $input) {\n      ...FeedbackNoteFields\n    }\n  }\n"): typeof import('./graphql').GiveFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestFeedback($input: RequestFeedbackInput!) {\n    requestFeedback(input: $input) {\n      ...FeedbackRequestFields\n    }\n  }\n"): typeof import('./graphql').RequestFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchFeedbackColleagues($search: String!, $first: Int) {\n    directory(search: $search, first: $first) {\n      nodes {\n        id\n        name\n        title\n        team {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchFeedbackColleaguesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendUpwardFeedback($text: String!) {\n    sendUpwardFeedback(text: $text) {\n      week\n      threshold\n      message\n    }\n  }\n"): typeof import('./graphql').SendUpwardFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnIdea($id: ID!, $text: String!) {\n    commentOnIdea(id: $id, text: $text) {\n      id\n      author {\n        id\n        name\n      }\n      text\n      createdAt\n    }\n  }\n"): typeof import('./graphql').CommentOnIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditIdea($id: ID!, $input: IdeaInput!, $followToken: String) {\n    editIdea(id: $id, input: $input, followToken: $followToken) {\n      ...IdeaDetailFields\n    }\n  }\n"): typeof import('./graphql').EditIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowIdea($id: ID!, $follow: Boolean!) {\n    followIdea(id: $id, follow: $follow) {\n      ...IdeaCardFields\n    }\n  }\n"): typeof import('./graphql').FollowIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetIdeaAnswerTimes {\n    ideaAnswerTimes {\n      team\n      answered\n      unanswered\n      medianHours\n      p90Hours\n      answeredWithinTarget\n    }\n    company {\n      ideaAnswerSlaHours\n    }\n  }\n"): typeof import('./graphql').GetIdeaAnswerTimesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetIdeaByFollowToken($token: String!) {\n    ideaByFollowToken(token: $token) {\n      ...IdeaDetailFields\n    }\n  }\n"): typeof import('./graphql').GetIdeaByFollowTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetIdeaFilters {\n    ideaCategories\n    teams {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').GetIdeaFiltersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetIdea($id: ID!) {\n    idea(id: $id) {\n      ...IdeaDetailFields\n    }\n  }\n"): typeof import('./graphql').GetIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetIdeasAwaitingMyAnswer {\n    ideasAwaitingMyAnswer {\n      ...IdeaCardFields\n    }\n  }\n"): typeof import('./graphql').GetIdeasAwaitingMyAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetIdeas($filter: IdeaFilter, $sort: IdeaSort!, $search: String, $first: Int, $after: String) {\n    ideas(filter: $filter, sort: $sort, search: $search, first: $first, after: $after) {\n      nodes {\n        ...IdeaCardFields\n      }\n      endCursor\n      hasNextPage\n      totalCount\n    }\n  }\n"): typeof import('./graphql').GetIdeasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdeaCardFields on Idea {\n    id\n    title\n    problem\n    category\n    status\n    nextStatuses\n    author {\n      id\n      name\n    }\n    anonymous\n    teamName\n    owner {\n      id\n      name\n      title\n    }\n    canAnswer\n    canEdit\n    mergedIntoId\n    mergedIntoTitle\n    voteCount\n    votedByMe\n    followedByMe\n    commentCount\n    escalationLevel\n    createdAt\n    answerDueAt\n    firstResponseAt\n    hoursToFirstResponse\n  }\n"): typeof import('./graphql').IdeaCardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdeaDetailFields on Idea {\n    ...IdeaCardFields\n    proposal\n    responses {\n      id\n      fromStatus\n      toStatus\n      response\n      responder {\n        id\n        name\n      }\n      createdAt\n    }\n    comments {\n      id\n      author {\n        id\n        name\n      }\n      text\n      createdAt\n    }\n  }\n"): typeof import('./graphql').IdeaDetailFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveIdea($id: ID!, $status: IdeaStatus!, $response: String!, $mergeIntoId: ID) {\n    moveIdea(id: $id, status: $status, response: $response, mergeIntoId: $mergeIntoId) {\n      ...IdeaDetailFields\n    }\n  }\n"): typeof import('./graphql').MoveIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignIdea($id: ID!, $ownerId: ID!) {\n    reassignIdea(id: $id, ownerId: $ownerId) {\n      ...IdeaCardFields\n    }\n  }\n"): typeof import('./graphql').ReassignIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchMergeTargets($search: String!, $first: Int) {\n    ideas(search: $search, sort: TOP, first: $first) {\n      nodes {\n        id\n        title\n        status\n        nextStatuses\n        voteCount\n      }\n    }\n  }\n"): typeof import('./graphql').SearchMergeTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchIdeaOwners($search: String!, $first: Int) {\n    directory(search: $search, first: $first) {\n      nodes {\n        id\n        name\n        title\n        team {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchIdeaOwnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitIdea($input: IdeaInput!, $submissionId: ID, $followToken: String) {\n    submitIdea(input: $input, submissionId: $submissionId, followToken: $followToken) {\n      idea {\n        ...IdeaDetailFields\n      }\n      followToken\n    }\n  }\n"): typeof import('./graphql').SubmitIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteForIdea($id: ID!) {\n    voteForIdea(id: $id) {\n      ...IdeaCardFields\n    }\n  }\n"): typeof import('./graphql').VoteForIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawVote($id: ID!) {\n    withdrawVote(id: $id) {\n      ...IdeaCardFields\n    }\n  }\n"): typeof import('./graphql').WithdrawVoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetCompanyInsightsFilters {\n    teams {\n      id\n      name\n    }\n    dashboardFilters {\n      levels\n      timeZones\n    }\n  }\n"): typeof import('./graphql').GetCompanyInsightsFiltersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetCompanyTimeZone {\n    company {\n      timeZone\n    }\n  }\n"): typeof import('./graphql').GetCompanyTimeZoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetHrDashboard($teamIds: [ID!], $levels: [Int!], $timeZones: [String!], $from: DateOnly, $to: DateOnly) {\n    hrDashboard(teamIds: $teamIds, levels: $levels, timeZones: $timeZones, from: $from, to: $to) {\n      period {\n        ...DashboardPeriodFields\n      }\n      headcount\n      kudos\n      recognisedPeople\n      reach\n      recognition {\n        ...RecognitionPointFields\n      }\n      recognitionByValue {\n        label\n        count\n      }\n      recognitionFlows {\n        from\n        to\n        count\n      }\n      ideas {\n        ...IdeaSummaryFields\n      }\n      enps {\n        roundId\n        question\n        opensAt\n        answers\n        enps\n        leftOut\n        withheldReason\n      }\n      oneOnOnesByManager {\n        ...OneOnOneAdherenceFields\n      }\n      participation {\n        checkIns\n        kudosGiving\n        latestPulse\n      }\n    }\n  }\n"): typeof import('./graphql').GetHrDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetManagerDashboard($managerId: ID, $from: DateOnly, $to: DateOnly) {\n    managerDashboard(managerId: $managerId, from: $from, to: $to) {\n      manager {\n        id\n        name\n        title\n      }\n      period {\n        ...DashboardPeriodFields\n      }\n      people\n      recognition {\n        ...RecognitionPointFields\n      }\n      recognitionByPerson {\n        person {\n          id\n          name\n          title\n        }\n        given\n        received\n        lastRecognisedAt\n      }\n      notRecognised {\n        days\n        people {\n          person {\n            id\n            name\n            title\n          }\n          lastRecognisedAt\n        }\n      }\n      oneOnOnes {\n        ...OneOnOneAdherenceFields\n      }\n      checkIns {\n        week\n        submitted\n        people\n        averageMood\n      }\n      openActionItems {\n        owner {\n          id\n          name\n        }\n        open\n        overdue\n      }\n      ideas {\n        ...IdeaSummaryFields\n      }\n    }\n  }\n"): typeof import('./graphql').GetManagerDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetManagersBelow($managerId: ID!) {\n    reportsOf(managerId: $managerId) {\n      id\n      name\n      isManager\n    }\n  }\n"): typeof import('./graphql').GetManagersBelowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardPeriodFields on DashboardPeriod {\n    from\n    to\n    bucket\n    timeZone\n  }\n"): typeof import('./graphql').DashboardPeriodFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecognitionPointFields on RecognitionPoint {\n    start\n    given\n    received\n    recognisedPeople\n  }\n"): typeof import('./graphql').RecognitionPointFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OneOnOneAdherenceFields on OneOnOneAdherence {\n    manager {\n      id\n      name\n    }\n    report {\n      id\n      name\n    }\n    series\n    expected\n    held\n    rate\n    overdue\n  }\n"): typeof import('./graphql').OneOnOneAdherenceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdeaSummaryFields on IdeaSummary {\n    funnel {\n      label\n      count\n    }\n    submitted\n    answered\n    waiting\n    medianHoursToAnswer\n    p90HoursToAnswer\n    slaHours\n    withinSlaShare\n  }\n"): typeof import('./graphql').IdeaSummaryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationPreferencesFields on NotificationPreferences {\n    emailAddress\n    categories {\n      category\n      label\n      email\n    }\n    oneOnOneReminderHours\n    calendarFeed {\n      active\n      createdAt\n    }\n  }\n"): typeof import('./graphql').NotificationPreferencesFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetNotificationPreferences {\n    notificationPreferences {\n      ...NotificationPreferencesFields\n    }\n  }\n"): typeof import('./graphql').GetNotificationPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetNotifications($first: Int, $before: DateTime, $unreadOnly: Boolean) {\n    notifications(first: $first, before: $before, unreadOnly: $unreadOnly) {\n      unreadCount\n      hasMore\n      items {\n        ...NotificationFields\n      }\n    }\n  }\n"): typeof import('./graphql').GetNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetUnreadNotificationCount {\n    notifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n"): typeof import('./graphql').GetUnreadNotificationCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead {\n      unreadCount\n    }\n  }\n"): typeof import('./graphql').MarkAllNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      unreadCount\n    }\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    category\n    title\n    link\n    createdAt\n    read\n  }\n"): typeof import('./graphql').NotificationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationsChanged {\n    notificationsChanged {\n      unreadCount\n      notification {\n        ...NotificationFields\n      }\n    }\n  }\n"): typeof import('./graphql').NotificationsChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetCalendarFeed {\n    resetCalendarFeed\n  }\n"): typeof import('./graphql').ResetCalendarFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed {\n      ...NotificationPreferencesFields\n    }\n  }\n"): typeof import('./graphql').RevokeCalendarFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      ...NotificationPreferencesFields\n    }\n  }\n"): typeof import('./graphql').UpdateNotificationPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddActionItem($meetingId: ID!, $input: ActionItemInput!) {\n    addActionItem(meetingId: $meetingId, input: $input) {\n      ...OneOnOneMeetingFields\n    }\n  }\n"): typeof import('./graphql').AddActionItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAgendaItem($meetingId: ID!, $text: String!) {\n    addAgendaItem(meetingId: $meetingId, text: $text) {\n      ...OneOnOneMeetingFields\n    }\n  }\n"): typeof import('./graphql').AddAgendaItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OneOnOneMeeting($id: ID!) {\n    oneOnOneMeeting(id: $id) {\n      ...OneOnOneMeetingFields\n    }\n  }\n"): typeof import('./graphql').OneOnOneMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOneOnOnes {\n    myOneOnOnes {\n      series {\n        ...OneOnOneSeriesFields\n      }\n      upcoming {\n        ...OneOnOneMeetingSummaryFields\n      }\n      past {\n        ...OneOnOneMeetingSummaryFields\n      }\n    }\n  }\n"): typeof import('./graphql').MyOneOnOnesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTimeZone {\n    me {\n      id\n      timeZone\n    }\n  }\n"): typeof import('./graphql').MyTimeZoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsOneOnOnes {\n    myReportsOneOnOnes {\n      report {\n        id\n        name\n        title\n      }\n      series {\n        ...OneOnOneSeriesFields\n      }\n      lastHeldAt\n      daysSinceLastHeld\n      overdue\n    }\n  }\n"): typeof import('./graphql').ReportsOneOnOnesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OneOnOneSeries($id: ID!) {\n    oneOnOneSeries(id: $id) {\n      ...OneOnOneSeriesFields\n      upcoming {\n        ...OneOnOneMeetingSummaryFields\n      }\n    }\n  }\n"): typeof import('./graphql').OneOnOneSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkOneOnOneHeld($meetingId: ID!) {\n    markOneOnOneHeld(meetingId: $meetingId) {\n      ...OneOnOneMeetingFields\n    }\n  }\n"): typeof import('./graphql').MarkOneOnOneHeldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveOneOnOne($meetingId: ID!, $startsAt: DateTime!) {\n    moveOneOnOne(meetingId: $meetingId, startsAt: $startsAt) {\n      ...OneOnOneMeetingFields\n    }\n  }\n"): typeof import('./graphql').MoveOneOnOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OneOnOneSeriesFields on OneOnOneSeries {\n    id\n    manager {\n      id\n      name\n      title\n    }\n    report {\n      id\n      name\n      title\n    }\n    cadence\n    weekday\n    localTime\n    timeZone\n    durationMinutes\n    startsOn\n    viewerIsManager\n    nextMeeting {\n      id\n      startsAt\n      endsAt\n      moved\n      status\n    }\n    lastHeldAt\n    overdue\n    openActionItemCount\n  }\n"): typeof import('./graphql').OneOnOneSeriesFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OneOnOneMeetingSummaryFields on OneOnOneMeeting {\n    id\n    occurrenceDate\n    startsAt\n    endsAt\n    moved\n    status\n    heldAt\n    series {\n      id\n      viewerIsManager\n      manager {\n        id\n        name\n        title\n      }\n      report {\n        id\n        name\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').OneOnOneMeetingSummaryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OneOnOneMeetingFields on OneOnOneMeeting {\n    id\n    occurrenceDate\n    startsAt\n    endsAt\n    moved\n    status\n    heldAt\n    series {\n      ...OneOnOneSeriesFields\n    }\n    agenda {\n      id\n      text\n      author {\n        id\n        name\n      }\n      discussed\n      carriedOver\n      fromCheckIn\n      createdAt\n    }\n    sharedNotes\n    sharedNotesVersion\n    myPrivateNote\n    actionItems {\n      id\n      text\n      owner {\n        id\n        name\n      }\n      dueOn\n      done\n      doneAt\n      createdFor\n      carriedOver\n    }\n  }\n"): typeof import('./graphql').OneOnOneMeetingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAgendaItem($meetingId: ID!, $itemId: ID!) {\n    removeAgendaItem(meetingId: $meetingId, itemId: $itemId) {\n      ...OneOnOneMeetingFields\n    }\n  }\n"): typeof import('./graphql').RemoveAgendaItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderAgenda($meetingId: ID!, $itemIds: [ID!]!) {\n    reorderAgenda(meetingId: $meetingId, itemIds: $itemIds) {\n      ...OneOnOneMeetingFields\n    }\n  }\n"): typeof import('./graphql').ReorderAgendaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePrivateNote($meetingId: ID!, $text: String!) {\n    savePrivateNote(meetingId: $meetingId, text: $text) {\n      ...OneOnOneMeetingFields\n    }\n  }\n"): typeof import('./graphql').SavePrivateNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSharedNotes($meetingId: ID!, $text: String!, $version: Int!) {\n    saveSharedNotes(meetingId: $meetingId, text: $text, version: $version) {\n      ...OneOnOneMeetingFields\n    }\n  }\n"): typeof import('./graphql').SaveSharedNotesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleOneOnOne($reportId: ID!, $input: OneOnOneScheduleInput!) {\n    scheduleOneOnOne(reportId: $reportId, input: $input) {\n      ...OneOnOneSeriesFields\n    }\n  }\n"): typeof import('./graphql').ScheduleOneOnOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetActionItemDone($meetingId: ID!, $itemId: ID!, $done: Boolean!) {\n    setActionItemDone(meetingId: $meetingId, itemId: $itemId, done: $done) {\n      ...OneOnOneMeetingFields\n    }\n  }\n"): typeof import('./graphql').SetActionItemDoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAgendaItemDiscussed($meetingId: ID!, $itemId: ID!, $discussed: Boolean!) {\n    setAgendaItemDiscussed(meetingId: $meetingId, itemId: $itemId, discussed: $discussed) {\n      ...OneOnOneMeetingFields\n    }\n  }\n"): typeof import('./graphql').SetAgendaItemDiscussedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SkipOneOnOne($meetingId: ID!) {\n    skipOneOnOne(meetingId: $meetingId) {\n      ...OneOnOneMeetingFields\n    }\n  }\n"): typeof import('./graphql').SkipOneOnOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOneOnOneSchedule($seriesId: ID!, $input: OneOnOneScheduleInput!) {\n    updateOneOnOneSchedule(seriesId: $seriesId, input: $input) {\n      ...OneOnOneSeriesFields\n    }\n  }\n"): typeof import('./graphql').UpdateOneOnOneScheduleDocument;
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
export function graphql(source: "\n  mutation AnswerPulse($roundId: ID!, $score: Int!, $comment: String) {\n    answerPulse(roundId: $roundId, score: $score, comment: $comment) {\n      ...PulseRoundFields\n    }\n  }\n"): typeof import('./graphql').AnswerPulseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentPulse {\n    currentPulse {\n      ...PulseRoundFields\n    }\n  }\n"): typeof import('./graphql').CurrentPulseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PulseResults($roundId: ID, $teamId: ID) {\n    pulseResults(roundId: $roundId, teamId: $teamId) {\n      round {\n        ...PulseRoundFields\n      }\n      teamName\n      answers\n      shown\n      explanation\n      minimumAnswers\n      minimumComments\n      enps\n      promoters\n      passives\n      detractors\n      comments\n    }\n  }\n"): typeof import('./graphql').PulseResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PulseRounds($first: Int) {\n    pulseRounds(first: $first) {\n      ...PulseRoundFields\n    }\n  }\n"): typeof import('./graphql').PulseRoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PulseTeams {\n    teams {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').PulseTeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenPulseRound($question: String) {\n    openPulseRound(question: $question) {\n      ...PulseRoundFields\n    }\n  }\n"): typeof import('./graphql').OpenPulseRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PulseRoundFields on PulseRound {\n    id\n    question\n    opensAt\n    closesAt\n    open\n    answeredByMe\n    answers\n  }\n"): typeof import('./graphql').PulseRoundFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPulseCadence($days: Int!) {\n    setPulseCadence(days: $days)\n  }\n"): typeof import('./graphql').SetPulseCadenceDocument;
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
