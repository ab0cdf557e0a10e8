import { ContentLayout } from '@/components/layout/content-layout';
import { MyCheckIn } from '@/features/check-ins/components/my-check-in';

export const CheckInRoute = () => (
  <ContentLayout title="Weekly check-in" description="How your week went, what is in your way, and what comes next: a few minutes a week.">
    <MyCheckIn />
  </ContentLayout>
);
