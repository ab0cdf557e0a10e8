import { lazy, Suspense, type ComponentType } from 'react';
import { BrowserRouter, Outlet, Route, Routes } from 'react-router';

import { AppLayout, type NavigationItem } from '@/components/layout/app-layout';
import { FullPageStatus } from '@/components/layout/full-page-status';
import {
  AwardIcon,
  CalendarCheckIcon,
  ChartIcon,
  ClipboardIcon,
  ClockIcon,
  ContactsIcon,
  HomeIcon,
  LightbulbIcon,
  MessageIcon,
  OrgChartIcon,
  PulseIcon,
  SettingsIcon,
  UploadIcon,
  UsersIcon,
} from '@/components/ui/icons';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import type { SignedInEmployee } from '@/features/auth/api/get-me';
import { UserMenu } from '@/features/auth/components/user-menu';
import { NotificationBell } from '@/features/notifications/components/notification-bell';

import { SignInRoute } from './routes/sign-in';
import { RequireSession, useSession } from './session';

// Every page but sign-in (where people land before anything else) is its own chunk, loaded when first visited.
const lazyRoute = <P extends object, K extends string>(load: () => Promise<Record<K, ComponentType<P>>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));

const CheckInRoute = lazyRoute(() => import('./routes/check-in'), 'CheckInRoute');
const CompanyInsightsRoute = lazyRoute(() => import('./routes/company-insights'), 'CompanyInsightsRoute');
const CompanySettingsRoute = lazyRoute(() => import('./routes/company-settings'), 'CompanySettingsRoute');
const DirectoryRoute = lazyRoute(() => import('./routes/directory'), 'DirectoryRoute');
const FeedbackRoute = lazyRoute(() => import('./routes/feedback'), 'FeedbackRoute');
const FollowIdeaRoute = lazyRoute(() => import('./routes/follow-idea'), 'FollowIdeaRoute');
const GiveFeedbackRoute = lazyRoute(() => import('./routes/give-feedback'), 'GiveFeedbackRoute');
const HomeRoute = lazyRoute(() => import('./routes/home'), 'HomeRoute');
const IdeaRoute = lazyRoute(() => import('./routes/idea'), 'IdeaRoute');
const IdeasRoute = lazyRoute(() => import('./routes/ideas'), 'IdeasRoute');
const IdeasAwaitingMyAnswerRoute = lazyRoute(() => import('./routes/ideas-awaiting-my-answer'), 'IdeasAwaitingMyAnswerRoute');
const LeaderboardRoute = lazyRoute(() => import('./routes/leaderboard'), 'LeaderboardRoute');
const MyProfileRoute = lazyRoute(() => import('./routes/my-profile'), 'MyProfileRoute');
const NewIdeaRoute = lazyRoute(() => import('./routes/new-idea'), 'NewIdeaRoute');
const NotFoundRoute = lazyRoute(() => import('./routes/not-found'), 'NotFoundRoute');
const OneOnOneMeetingRoute = lazyRoute(() => import('./routes/one-on-one-meeting'), 'OneOnOneMeetingRoute');
const OneOnOneSeriesRoute = lazyRoute(() => import('./routes/one-on-one-series'), 'OneOnOneSeriesRoute');
const OneOnOnesRoute = lazyRoute(() => import('./routes/one-on-ones'), 'OneOnOnesRoute');
const NotificationSettingsRoute = lazyRoute(() => import('./routes/notification-settings'), 'NotificationSettingsRoute');
const NotificationsRoute = lazyRoute(() => import('./routes/notifications'), 'NotificationsRoute');
const OrgImportRoute = lazyRoute(() => import('./routes/org-import'), 'OrgImportRoute');
const PersonRoute = lazyRoute(() => import('./routes/person'), 'PersonRoute');
const PulseRoute = lazyRoute(() => import('./routes/pulse'), 'PulseRoute');
const RecognitionRoute = lazyRoute(() => import('./routes/recognition'), 'RecognitionRoute');
const RequestFeedbackRoute = lazyRoute(() => import('./routes/request-feedback'), 'RequestFeedbackRoute');
const ScheduleOneOnOneRoute = lazyRoute(() => import('./routes/schedule-one-on-one'), 'ScheduleOneOnOneRoute');
const TeamRoute = lazyRoute(() => import('./routes/team'), 'TeamRoute');
const TeamCheckInsRoute = lazyRoute(() => import('./routes/team-check-ins'), 'TeamCheckInsRoute');
const TeamInsightsRoute = lazyRoute(() => import('./routes/team-insights'), 'TeamInsightsRoute');
const TeamOneOnOnesRoute = lazyRoute(() => import('./routes/team-one-on-ones'), 'TeamOneOnOnesRoute');
const UpwardFeedbackRoute = lazyRoute(() => import('./routes/upward-feedback'), 'UpwardFeedbackRoute');

// What the navigation offers depends on who is signed in; the pages check again, and the server decides.
const navigationFor = (me: SignedInEmployee): NavigationItem[] => [
  { to: paths.home, label: 'Home', icon: HomeIcon },
  { to: paths.directory, label: 'Directory', icon: ContactsIcon },
  ...(me.isManager
    ? [
        { to: paths.myTeam, label: 'My team', icon: OrgChartIcon },
        { to: paths.teamInsights, label: 'Team insights', icon: ChartIcon, nested: true },
      ]
    : []),
  { to: paths.recognition, label: 'Recognition', icon: AwardIcon },
  { to: paths.leaderboard, label: 'Leaderboard', icon: ChartIcon, nested: true },
  { to: paths.ideas, label: 'Ideas', icon: LightbulbIcon },
  // Managers answer their reports' ideas and HR admins the anonymous ones; anyone else who is handed
  // an idea finds the queue from the board.
  ...(me.isManager || me.isHrAdmin
    ? [{ to: paths.ideasAwaitingMyAnswer, label: 'Awaiting my answer', icon: ClockIcon, nested: true }]
    : []),
  { to: paths.feedback, label: 'Feedback', icon: MessageIcon },
  { to: paths.checkIn, label: 'Check-in', icon: CalendarCheckIcon },
  ...(me.isManager ? [{ to: paths.teamCheckIns, label: 'Team check-ins', icon: ClipboardIcon, nested: true }] : []),
  { to: paths.pulse, label: 'Pulse', icon: PulseIcon },
  { to: paths.oneOnOnes, label: 'One-on-ones', icon: UsersIcon },
  ...(me.isManager ? [{ to: paths.teamOneOnOnes, label: 'Team 1:1s', icon: ClipboardIcon, nested: true }] : []),
  ...(me.isHrAdmin ? [{ to: paths.companyInsights, label: 'Company insights', icon: ChartIcon }] : []),
  { to: paths.companySettings, label: 'Company settings', icon: SettingsIcon },
  ...(me.isHrAdmin ? [{ to: paths.orgImport, label: 'Organisation import', icon: UploadIcon }] : []),
];

const AppShell = () => {
  const me = useSession();
  return (
    <AppLayout
      navigation={navigationFor(me)}
      account={
        <>
          <NotificationBell />
          <UserMenu me={me} />
        </>
      }
    >
      {/* Inside the shell: the navigation stays while a page's code arrives. */}
      <Suspense fallback={<Spinner label="Loading the page…" />}>
        <Outlet />
      </Suspense>
    </AppLayout>
  );
};

// Declarative routes: the app loads its data with TanStack Query, so the data router's
// loaders (and its extra ~20 kB gzipped) are not needed.
export const AppRouter = () => (
  <BrowserRouter>
    <Suspense
      fallback={
        <FullPageStatus>
          <Spinner label="Loading Engagement…" />
        </FullPageStatus>
      }
    >
      <Routes>
        <Route path={paths.signIn} element={<SignInRoute />} />
        <Route element={<RequireSession />}>
          {/* Outside the shell, which names the signed-in person: see PrivateLayout. */}
          <Route path={paths.followIdea} element={<FollowIdeaRoute />} />
          <Route element={<AppShell />}>
            <Route path={paths.home} element={<HomeRoute />} />
            <Route path={paths.directory} element={<DirectoryRoute />} />
            <Route path={paths.person} element={<PersonRoute />} />
            <Route path={paths.myProfile} element={<MyProfileRoute />} />
            <Route path={paths.myTeam} element={<TeamRoute />} />
            <Route path={paths.team} element={<TeamRoute />} />
            <Route path={paths.orgImport} element={<OrgImportRoute />} />
            <Route path={paths.recognition} element={<RecognitionRoute />} />
            <Route path={paths.leaderboard} element={<LeaderboardRoute />} />
            <Route path={paths.ideas} element={<IdeasRoute />} />
            <Route path={paths.newIdea} element={<NewIdeaRoute />} />
            <Route path={paths.ideasAwaitingMyAnswer} element={<IdeasAwaitingMyAnswerRoute />} />
            <Route path={paths.idea} element={<IdeaRoute />} />
            <Route path={paths.feedback} element={<FeedbackRoute />} />
            <Route path={paths.giveFeedback} element={<GiveFeedbackRoute />} />
            <Route path={paths.requestFeedback} element={<RequestFeedbackRoute />} />
            <Route path={paths.upwardFeedback} element={<UpwardFeedbackRoute />} />
            <Route path={paths.checkIn} element={<CheckInRoute />} />
            <Route path={paths.teamCheckIns} element={<TeamCheckInsRoute />} />
            <Route path={paths.pulse} element={<PulseRoute />} />
            <Route path={paths.oneOnOnes} element={<OneOnOnesRoute />} />
            <Route path={paths.teamOneOnOnes} element={<TeamOneOnOnesRoute />} />
            <Route path={paths.oneOnOneMeeting} element={<OneOnOneMeetingRoute />} />
            <Route path={paths.oneOnOneSeries} element={<OneOnOneSeriesRoute />} />
            <Route path={paths.scheduleOneOnOne} element={<ScheduleOneOnOneRoute />} />
            <Route path={paths.companySettings} element={<CompanySettingsRoute />} />
            <Route path={paths.notifications} element={<NotificationsRoute />} />
            <Route path={paths.notificationSettings} element={<NotificationSettingsRoute />} />
            <Route path={paths.teamInsights} element={<TeamInsightsRoute />} />
            <Route path={paths.companyInsights} element={<CompanyInsightsRoute />} />
            <Route path="*" element={<NotFoundRoute />} />
          </Route>
        </Route>
      </Routes>
    </Suspense>
  </BrowserRouter>
);
