import { BrowserRouter, Outlet, Route, Routes } from 'react-router';

import { AppLayout, type NavigationItem } from '@/components/layout/app-layout';
import {
  AwardIcon,
  ChartIcon,
  ClockIcon,
  ContactsIcon,
  HomeIcon,
  LightbulbIcon,
  MessageIcon,
  OrgChartIcon,
  SettingsIcon,
  UploadIcon,
  UsersIcon,
} from '@/components/ui/icons';
import { paths } from '@/config/paths';
import type { SignedInEmployee } from '@/features/auth/api/get-me';
import { UserMenu } from '@/features/auth/components/user-menu';

import { ComingSoonRoute } from './routes/coming-soon';
import { CompanySettingsRoute } from './routes/company-settings';
import { DirectoryRoute } from './routes/directory';
import { FollowIdeaRoute } from './routes/follow-idea';
import { HomeRoute } from './routes/home';
import { IdeaRoute } from './routes/idea';
import { IdeasRoute } from './routes/ideas';
import { IdeasAwaitingMyAnswerRoute } from './routes/ideas-awaiting-my-answer';
import { LeaderboardRoute } from './routes/leaderboard';
import { MyProfileRoute } from './routes/my-profile';
import { NewIdeaRoute } from './routes/new-idea';
import { NotFoundRoute } from './routes/not-found';
import { OrgImportRoute } from './routes/org-import';
import { PersonRoute } from './routes/person';
import { RecognitionRoute } from './routes/recognition';
import { SignInRoute } from './routes/sign-in';
import { TeamRoute } from './routes/team';
import { RequireSession, useSession } from './session';

// What the navigation offers depends on who is signed in; the pages check again, and the server decides.
const navigationFor = (me: SignedInEmployee): NavigationItem[] => [
  { to: paths.home, label: 'Home', icon: HomeIcon },
  { to: paths.directory, label: 'Directory', icon: ContactsIcon },
  ...(me.isManager ? [{ to: paths.myTeam, label: 'My team', icon: OrgChartIcon }] : []),
  { to: paths.recognition, label: 'Recognition', icon: AwardIcon },
  { to: paths.leaderboard, label: 'Leaderboard', icon: ChartIcon, nested: true },
  { to: paths.ideas, label: 'Ideas', icon: LightbulbIcon },
  // Managers answer their reports' ideas and HR admins the anonymous ones; anyone else who is handed
  // an idea finds the queue from the board.
  ...(me.isManager || me.isHrAdmin
    ? [{ to: paths.ideasAwaitingMyAnswer, label: 'Awaiting my answer', icon: ClockIcon, nested: true }]
    : []),
  { to: paths.feedback, label: 'Feedback', icon: MessageIcon },
  { to: paths.oneOnOnes, label: 'One-on-ones', icon: UsersIcon },
  { to: paths.companySettings, label: 'Company settings', icon: SettingsIcon },
  ...(me.isHrAdmin ? [{ to: paths.orgImport, label: 'Organisation import', icon: UploadIcon }] : []),
];

const comingSoon = [
  {
    path: paths.feedback,
    title: 'Feedback',
    icon: MessageIcon,
    description: 'Ask for and give feedback, openly or anonymously.',
  },
  {
    path: paths.oneOnOnes,
    title: 'One-on-ones',
    icon: UsersIcon,
    description: 'Plan one-on-ones with a shared agenda and keep track of what was agreed.',
  },
];

const AppShell = () => {
  const me = useSession();
  return (
    <AppLayout navigation={navigationFor(me)} account={<UserMenu me={me} />}>
      <Outlet />
    </AppLayout>
  );
};

// Declarative routes: the app loads its data with TanStack Query, so the data router's
// loaders (and its extra ~20 kB gzipped) are not needed.
export const AppRouter = () => (
  <BrowserRouter>
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
          {comingSoon.map(({ path, ...page }) => (
            <Route key={path} path={path} element={<ComingSoonRoute {...page} />} />
          ))}
          <Route path={paths.companySettings} element={<CompanySettingsRoute />} />
          <Route path="*" element={<NotFoundRoute />} />
        </Route>
      </Route>
    </Routes>
  </BrowserRouter>
);
