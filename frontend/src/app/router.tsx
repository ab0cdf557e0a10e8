import { BrowserRouter, Outlet, Route, Routes } from 'react-router';

import { AppLayout, type NavigationItem } from '@/components/layout/app-layout';
import { AwardIcon, HomeIcon, LightbulbIcon, MessageIcon, SettingsIcon, UsersIcon } from '@/components/ui/icons';
import { paths } from '@/config/paths';

import { CompanySettingsRoute } from './routes/company-settings';
import { ComingSoonRoute } from './routes/coming-soon';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';

const navigation: NavigationItem[] = [
  { to: paths.home, label: 'Home', icon: HomeIcon },
  { to: paths.recognition, label: 'Recognition', icon: AwardIcon },
  { to: paths.ideas, label: 'Ideas', icon: LightbulbIcon },
  { to: paths.feedback, label: 'Feedback', icon: MessageIcon },
  { to: paths.oneOnOnes, label: 'One-on-ones', icon: UsersIcon },
  { to: paths.companySettings, label: 'Company settings', icon: SettingsIcon },
];

const comingSoon = [
  {
    path: paths.recognition,
    title: 'Recognition',
    icon: AwardIcon,
    description: 'Give kudos to colleagues for living the company values, and see the recognition feed.',
  },
  {
    path: paths.ideas,
    title: 'Ideas',
    icon: LightbulbIcon,
    description: 'Share ideas, vote on them, and get an answer from the people who decide.',
  },
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

// Declarative routes: the app loads its data with TanStack Query, so the data router's
// loaders (and its extra ~20 kB gzipped) are not needed.
export const AppRouter = () => (
  <BrowserRouter>
    <Routes>
      <Route
        element={
          <AppLayout navigation={navigation}>
            <Outlet />
          </AppLayout>
        }
      >
        <Route path={paths.home} element={<HomeRoute />} />
        {comingSoon.map(({ path, ...page }) => (
          <Route key={path} path={path} element={<ComingSoonRoute {...page} />} />
        ))}
        <Route path={paths.companySettings} element={<CompanySettingsRoute />} />
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  </BrowserRouter>
);
