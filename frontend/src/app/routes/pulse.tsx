import { ContentLayout } from '@/components/layout/content-layout';
import { PulsePage } from '@/features/pulse/components/pulse-page';

import { useSession } from '../session';

export const PulseRoute = () => {
  const me = useSession();
  return (
    <ContentLayout title="Pulse" description="One anonymous question every few weeks, and how the company and its teams answered.">
      <PulsePage isHrAdmin={me.isHrAdmin} />
    </ContentLayout>
  );
};
